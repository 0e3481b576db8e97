/**
 * The explorer's page tests: a page session (page-session.ts: the product over HTTP and a
 * Chromium, started once per test file, fresh pages per test), with a page opened at a width
 * and a URL fragment and waited on until the drawing holds still.
 */
import type { Page } from 'playwright-core';
import { TestBrowser } from './browser';
import { pageSession } from './page-session';
import { TestHttp } from './test-http';

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
  const session = pageSession();
  let page: Page | undefined;
  afterEach(() => {
    page = undefined;
  });

  const explorer: ExplorerPage = {
    get server() {
      return session.server;
    },
    get browser() {
      return session.browser;
    },
    get page() {
      if (page === undefined) throw new Error('no page: call open first');
      return page;
    },
    async open(width, hash) {
      page = await session.open(width);
      await page.goto(`${session.server.url}/${hash}`);
      await explorer.settled();
      return page;
    },
    async settled() {
      await explorer.page.waitForFunction(() => (window as any).explorer?.still() === true, undefined, {
        timeout: 60_000,
      });
      await explorer.page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
    },
  };
  return explorer;
}
