/**
 * What every resolver receives: the database, this request's loaders and its query counter
 * (reported in the response's extensions as `roundTrips`).
 */
import { Database, QueryCounter } from '../db/database';
import { createLoaders, Loaders } from '../graph/request-loaders';

export interface RequestContext {
  db: Database;
  counter: QueryCounter;
  loaders: Loaders;
}

export function createRequestContext(db: Database): RequestContext {
  const counter = new QueryCounter();
  return { db, counter, loaders: createLoaders(db, counter) };
}
