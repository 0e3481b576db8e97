/**
 * What a browser test file shares: the web bundle built, the HTTP app on the test database, one
 * Chromium for the file, and fresh pages per test (closed after it), with its errors cleared.
 */
import type { Page } from 'playwright-core';
import { launchBrowser, TestBrowser } from './browser';
import { TestHttp } from './test-http';
import { ensureWebBuilt } from './web-bundle';

export interface PageSession {
  server: TestHttp;
  browser: TestBrowser;
  /** Opens a fresh page at this width (closed after the test), errors so far forgotten. */
  open(width: number): Promise<Page>;
}

/** Registers the file's hooks; the session's fields are set once beforeAll has run. */
export function pageSession(): PageSession {
  const pages: Page[] = [];
  const session = {
    open: async (width: number) => {
      const page = await session.browser.context.newPage();
      pages.push(page);
      session.browser.pageErrors.length = 0;
      session.browser.externalRequests.length = 0;
      await page.setViewportSize({ width, height: 800 });
      return page;
    },
  } as PageSession;
  beforeAll(async () => {
    ensureWebBuilt();
    session.server = await TestHttp.start();
    session.browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
  });
  return session;
}
