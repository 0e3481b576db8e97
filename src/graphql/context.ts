/**
 * What every resolver receives: the database, this request's loaders and its query counter
 * (reported in the response's extensions as `roundTrips`), who is asking (from the bearer
 * token; reads need no one), and the cost computed for the operation before it ran.
 */
import { Authentication } from '../auth/api-tokens';
import { Database, QueryCounter } from '../db/database';
import { createLoaders, Loaders } from '../graph/request-loaders';

export interface RequestContext {
  db: Database;
  counter: QueryCounter;
  loaders: Loaders;
  auth: Authentication;
  /** Set by the limits plugin once the operation is known; reported as `extensions.cost`. */
  cost: number | null;
  /**
   * Whether the operation selects evidence anywhere (evidence, sources or sourceCount); when
   * not, traversals leave it out of their queries. Set once the operation is known; true until.
   */
  evidenceSelected: boolean;
  /** The request's Idempotency-Key header, for its one mutation (src/server/idempotency-header.ts). */
  idempotencyKey: string | null;
}

export function createRequestContext(db: Database, auth: Authentication = { kind: 'anonymous' }): RequestContext {
  const counter = new QueryCounter();
  counter.deadline = db.requestDeadline();
  return { db, counter, loaders: createLoaders(db, counter), auth, cost: null, evidenceSelected: true, idempotencyKey: null };
}
