/**
 * The browser pages, bundled by scripts/build-web.mjs into dist/web: the network explorer at `/`,
 * the GraphQL IDE at `GET /graphql` when a browser asks for HTML, and their scripts, styles,
 * fonts and workers under `/assets`. Nothing is fetched from elsewhere, so both pages work offline.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { Express, NextFunction, Request, Response } from 'express';
import { PROJECT_ROOT } from '../config';

export const WEB_DIR = path.join(PROJECT_ROOT, 'dist', 'web');

/**
 * Both pages load everything from this server; the policy says so, so an injected script or a
 * framing page gets nothing. Styles may be inline: GraphiQL and Monaco set style attributes and
 * add <style> elements at run time. Blob workers: ForceAtlas2's layout runs in one.
 */
export const PAGE_SECURITY_HEADERS = {
  'Content-Security-Policy': [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function sendPage(file: string, res: Response): void {
  const page = path.join(WEB_DIR, file);
  if (!fs.existsSync(page)) {
    res
      .status(503)
      .type('text/plain')
      .send(
        `The web pages are not built: run \`npm run build\` (it writes ${path.relative(PROJECT_ROOT, WEB_DIR)}/).\n`,
      );
    return;
  }
  res.set('Cache-Control', 'no-cache').set(PAGE_SECURITY_HEADERS).sendFile(page);
}

/** A browser opening /graphql wants the IDE; a GraphQL client (or a GET with ?query=) wants the API. */
function wantsIde(req: Request): boolean {
  return (
    req.method === 'GET' &&
    req.query.query === undefined &&
    req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html'
  );
}

/** Mount before the GraphQL middleware, so the IDE answers a browser's GET /graphql. */
export function mountWebPages(app: Express): void {
  app.get('/', (_req, res) => sendPage('explorer.html', res));
  app.get('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if (wantsIde(req)) sendPage('graphiql.html', res);
    else next();
  });
  // Bundle names carry no hash, so the browser revalidates (cheaply, by ETag) on every load.
  app.use(
    '/assets',
    express.static(path.join(WEB_DIR, 'assets'), {
      fallthrough: false,
      index: false,
      setHeaders: (res) => res.set('Cache-Control', 'no-cache'),
    }),
  );
}
