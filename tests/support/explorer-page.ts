/**
 * The explorer's page tests: the product over HTTP and a Chromium, started once per test file
 * (`useExplorerPage()` registers the hooks), a fresh page per test, opened at a width and a
 * URL fragment and waited on until the drawing holds still.
 */
import type { Page } from 'playwright-core';
import { launchBrowser, TestBrowser } from './browser';
import { TestHttp } from './test-http';
import { ensureWebBuilt } from './web-bundle';

export interface ExplorerPage {
  readonly server: TestHttp;
  readonly browser: TestBrowser;
  readonly page: Page;
  /** A new page `width` px wide (800 high) at `/<hash>`, once the layout has stopped. */
  open(width: number, hash: string): Promise<Page>;
  /** Waits until the layout has stopped, the camera rests and two more frames have been drawn. */
  settled(): Promise<void>;
}

export function useExplorerPage(): ExplorerPage {
  let server: TestHttp | undefined;
  let browser: TestBrowser | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    ensureWebBuilt();
    server = await TestHttp.start();
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`no ${what}: the test runs outside useExplorerPage's hooks`);
    return value;
  };

  const session: ExplorerPage = {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    get page() {
      return started(page, 'page (call open first)');
    },
    async open(width, hash) {
      page = await session.browser.context.newPage();
      session.browser.pageErrors.length = 0;
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${session.server.url}/${hash}`);
      await session.settled();
      return page;
    },
    async settled() {
      await session.page.waitForFunction(() => (window as any).explorer?.still() === true, undefined, {
        timeout: 60_000,
      });
      await session.page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
    },
  };
  return session;
}
