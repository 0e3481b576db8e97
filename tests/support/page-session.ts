/**
 * What a browser test file shares: the web bundle built, the HTTP app on the test database, one
 * Chromium for the file, and a fresh page per test (closed after it), with its errors cleared.
 */
import type { Page } from 'playwright-core';
import { launchBrowser, TestBrowser } from './browser';
import { TestHttp } from './test-http';
import { ensureWebBuilt } from './web-bundle';

export interface PageSession {
  server: TestHttp;
  browser: TestBrowser;
  /** A new page of this width (800 px high); closed after the test. */
  open(width: number): Promise<Page>;
}

/** Registers the file's hooks; the session's fields are set once beforeAll has run. */
export function pageSession(): PageSession {
  let page: Page | undefined;
  const session = {
    async open(width: number): Promise<Page> {
      page = await session.browser.context.newPage();
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
    await page?.close();
    page = undefined;
  });
  return session;
}
