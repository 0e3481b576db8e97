/**
 * A browser test's session: the web bundle built, the HTTP app on the test database and
 * Chromium started before the file's tests and stopped after them, and each test's page closed.
 */
import type { Page } from 'playwright-core';
import { launchBrowser, TestBrowser } from './browser';
import { TestHttp } from './test-http';
import { ensureWebBuilt } from './web-bundle';

export interface PageSession {
  server: TestHttp;
  browser: TestBrowser;
  /** Opens a fresh page at this width (closed after the test), errors so far forgotten. */
  newPage(width: number): Promise<Page>;
}

export function pageSession(): PageSession {
  const pages: Page[] = [];
  const session = {
    newPage: async (width: number) => {
      const page = await session.browser.context.newPage();
      pages.push(page);
      session.browser.pageErrors.length = 0;
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
