/**
 * The HTTP surface: /graphql (Apollo), /healthz and /readyz, the exports and the static pages;
 * anything else is a 404 in JSON. main.ts listens on it (through http-server.ts); tests can
 * mount it on an ephemeral port.
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { Express } from 'express';
import { authenticate, TokenEntry } from '../auth/api-tokens';
import { Database } from '../db/database';
import { readBookmarkHeader, requestBookmarks } from './bookmark-header';
import { createRequestContext, RequestContext } from '../graphql/context';
import { ExportAdmission } from './export-admission';
import { mountExports } from './export-routes';
import { mountLinkedData } from './linked-data-routes';
import { refuseDuringOutage, refuseInvalidTokens } from './graphql-refusals';
import { readiness } from './readiness';
import { mountReconciliation } from './reconcile-routes';
import { requestErrorHandler } from './request-errors';
import { mountWebPages } from './web-pages';

export const MAX_BODY_BYTES = 100 * 1024;

export interface HttpOptions {
  /** Bearer tokens for writes (config API_TOKENS); none means no one can write. */
  tokens?: readonly TokenEntry[];
  /** File exports built at once (config EXPORT_MAX_CONCURRENT). */
  maxConcurrentExports?: number;
}

export function createHttpApp(
  db: Database,
  apollo: ApolloServer<RequestContext>,
  options: HttpOptions = {},
): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const { ready, ...state } = await readiness(db);
    res.status(ready ? 200 : 503).json(state);
  });
  // Before /graphql: a browser's GET /graphql gets the IDE, everything else goes on to Apollo.
  mountWebPages(app);
  const exportAdmission = new ExportAdmission(db, options.maxConcurrentExports);
  mountExports(app, db, exportAdmission);
  mountLinkedData(app, db, exportAdmission);
  mountReconciliation(app, db, MAX_BODY_BYTES);
  app.use(
    '/graphql',
    refuseInvalidTokens(options.tokens ?? []),
    readBookmarkHeader(),
    refuseDuringOutage(db),
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createRequestContext(
          db,
          authenticate(options.tokens ?? [], req.headers.authorization),
          requestBookmarks(res),
        ),
    }),
  );
  app.use((req, res) => {
    const path = req.path.length > 100 ? `${req.path.slice(0, 100)}...` : req.path;
    res.status(404).json({
      error: {
        code: 'NOT_FOUND',
        message: `Nothing at ${req.method} ${path}: the API is at /graphql, the explorer at /, the exports under /export/, entities at /entity/<id>, reconciliation at /reconcile.`,
      },
    });
  });
  app.use(requestErrorHandler(MAX_BODY_BYTES));
  return app;
}
