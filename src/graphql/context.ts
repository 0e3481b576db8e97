/**
 * What every resolver receives: the database, as the process holds it (`db`) and as this
 * request sees it (`request`: its statement count, reported as `extensions.roundTrips`, and its
 * deadline), who is asking (from the bearer token; reads need no one), and the cost computed
 * for the operation before it ran.
 */
import { Authentication } from '../auth/api-tokens';
import { Database, QueryCounter } from '../db/database';
import { RequestDatabase } from '../db/request-database';

export interface RequestContext {
  db: Database;
  request: RequestDatabase;
  /** The request's statement counter (request.counter), for the write modules that take one. */
  counter: QueryCounter;
  auth: Authentication;
  /** Set by the limits plugin once the operation is known; reported as `extensions.cost`. */
  cost: number | null;
  /** The request's Idempotency-Key header, for its one mutation (src/server/idempotency-header.ts). */
  idempotencyKey: string | null;
}

/** `bookmarks`: the database state the request must see at least (the X-Neo4j-Bookmarks header). */
export function createRequestContext(
  db: Database,
  auth: Authentication = { kind: 'anonymous' },
  bookmarks: string[] = [],
): RequestContext {
  const request = new RequestDatabase(db);
  request.counter.bookmarks = bookmarks;
  return { db, request, counter: request.counter, auth, cost: null, idempotencyKey: null };
}
