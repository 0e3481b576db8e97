/**
 * A real browser for the page tests: playwright-core driving the machine's Chromium (Debian's
 * `chromium` package; .ci/run installs it). No browser is a failure, never a skip. Every request
 * to a host other than this machine is recorded and aborted, so a test can prove a page needs
 * nothing from the internet.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, BrowserContext } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChromium(): string {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : CANDIDATES;
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      `No Chromium found (looked for ${candidates.join(', ')}). Install it (Debian: apt-get install chromium, as .ci/run does) or set CHROMIUM_PATH.`,
    );
  }
  return found;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export interface TestBrowser {
  context: BrowserContext;
  /** URLs the pages tried to load from anywhere but this machine. */
  externalRequests: string[];
  /** Uncaught exceptions and console errors of the pages. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-graph-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // WebGL without a GPU (sigma.js draws with it).
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
  const externalRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (['data:', 'blob:'].includes(url.protocol) || LOCAL_HOSTS.has(url.hostname)) return route.continue();
    externalRequests.push(url.href);
    return route.abort('blockedbyclient');
  });
  // Requests the router might not see (workers, preloads) still show up here.
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (
      !['data:', 'blob:'].includes(url.protocol) &&
      !LOCAL_HOSTS.has(url.hostname) &&
      !externalRequests.includes(url.href)
    )
      externalRequests.push(url.href);
  });
  context.on('page', (page) => {
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });
  });
  return {
    context,
    externalRequests,
    pageErrors,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export const SCREENSHOT_DIR = path.resolve(__dirname, '..', '..', 'test-output', 'screenshots');

export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}
