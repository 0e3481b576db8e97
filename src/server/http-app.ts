/**
 * The HTTP surface: /graphql (Apollo), /healthz and /readyz, and the static pages. main.ts
 * listens on it; tests can mount it on an ephemeral port.
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { Express } from 'express';
import { authenticate, TokenEntry } from '../auth/api-tokens';
import { Database } from '../db/database';
import { createRequestContext, RequestContext } from '../graphql/context';
import { mountExports } from './export-routes';
import { readiness } from './readiness';
import { requestErrorHandler } from './request-errors';
import { mountWebPages } from './web-pages';

export const MAX_BODY_BYTES = 100 * 1024;

export interface HttpOptions {
  /** Bearer tokens for writes (config API_TOKENS); none means no one can write. */
  tokens?: readonly TokenEntry[];
}

export function createHttpApp(db: Database, apollo: ApolloServer<RequestContext>, options: HttpOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const { ready, status } = await readiness(db);
    res.status(ready ? 200 : 503).json({ status });
  });
  // Before /graphql: a browser's GET /graphql gets the IDE, everything else goes on to Apollo.
  mountWebPages(app);
  mountExports(app, db);
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(apollo, { context: async ({ req }) => createRequestContext(db, authenticate(options.tokens ?? [], req.headers.authorization)) }),
  );
  app.use(requestErrorHandler(MAX_BODY_BYTES));
  return app;
}
