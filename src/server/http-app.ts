/**
 * The HTTP surface: /graphql (Apollo), /healthz and /readyz, and the static pages. main.ts
 * listens on it; tests can mount it on an ephemeral port.
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { Express } from 'express';
import { Database } from '../db/database';
import { createRequestContext, RequestContext } from '../graphql/context';

export const MAX_BODY_BYTES = 100 * 1024;

export function createHttpApp(db: Database, apollo: ApolloServer<RequestContext>): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const reachable = await db.isReachable();
    res.status(reachable ? 200 : 503).json({ status: reachable ? 'ready' : 'database unavailable' });
  });
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(apollo, { context: async () => createRequestContext(db) }),
  );
  return app;
}
