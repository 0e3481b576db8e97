/**
 * `stats` counts the whole graph, a scan whose cost grows with it. Its answer changes only
 * when the data version does, so it is kept in memory per version: a request pays one index
 * lookup (the version), and the scan runs once per write or load. Also the graph's size for
 * the cost model, which prices the root fields that scan the graph by what they read.
 */
import { Database, QueryCounter } from '../db/database';
import { GraphStatsObject, graphStats } from './graph-stats';
import { readDataVersion } from './data-version';

interface Kept {
  tag: string;
  /** The scan, shared by every request that asks while it runs: thirty at once scan once. */
  stats: Promise<GraphStatsObject>;
}

const kept = new WeakMap<Database, Kept>();

/** The statistics of the current data version, scanned only when the version has moved. */
export async function cachedGraphStats(db: Database, counter?: QueryCounter): Promise<GraphStatsObject> {
  const tag = await readDataVersion(db, counter);
  const current = kept.get(db);
  if (current?.tag === tag) return current.stats;
  // Stored under the tag read before the scan: a write that lands in between moves the tag
  // again, so the next request scans again instead of keeping a stale answer.
  const stats = graphStats(db, counter);
  kept.set(db, { tag, stats });
  stats.catch(() => {
    if (kept.get(db)?.stats === stats) kept.delete(db);
  });
  return stats;
}

/** Keyed by the request's own statement counter: one per request, gone with it. */
const ofRequest = new WeakMap<QueryCounter, Promise<GraphStatsObject>>();

/**
 * The statistics as one request sees them: every `stats` field of the request shares one
 * version read. Thirty aliases used to read it thirty times, each a transaction queued for
 * the database ahead of other clients' lookups (`npm run probe`, "whole-graph scans").
 */
export function requestGraphStats(db: Database, counter: QueryCounter): Promise<GraphStatsObject> {
  const shared = ofRequest.get(counter);
  if (shared) return shared;
  const stats = cachedGraphStats(db, counter);
  ofRequest.set(counter, stats);
  return stats;
}

export interface GraphSize {
  entities: number;
  relations: number;
  citations: number;
}

/** The graph's size by the last statistics taken (a scan on first use); for pricing, not for answers. */
export async function graphSize(db: Database): Promise<GraphSize> {
  const stats = await (kept.get(db)?.stats ?? cachedGraphStats(db));
  const sum = (counts: readonly { count: number }[]) => counts.reduce((total, c) => total + c.count, 0);
  return { entities: sum(stats.entities), relations: sum(stats.relations), citations: stats.citations };
}
