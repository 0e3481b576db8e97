/**
 * Whole-graph measures kept per data version and filter: they read every kept relation and
 * run PageRank, betweenness and Louvain over them, and their answer changes only when the data
 * version moves. A request pays one index lookup (the version) when the answer is kept.
 * Bounded by entries, oldest out first, since the filters make the possible keys many.
 */
import { Database } from '../db/database';
import { RequestDatabase } from '../db/request-database';
import { readDataVersion } from '../graph-state/data-version';
import { NetworkPlan, RelationFilterPlan } from '../planning/read-plan';
import { NetworkMeasures } from './network-measures';
import { readNetworkMeasures } from './read-network';

const MAX_ENTRIES = 32;

interface Kept {
  tag: string;
  /** Shared by every request that asks while it is computed. */
  measures: Promise<NetworkMeasures>;
}

const kept = new WeakMap<Database, Map<string, Kept>>();

/** The filter as a key: what it keeps, not how it was written (an empty list and null alike). */
export function filterKey(filter: RelationFilterPlan): string {
  const sorted = (values: readonly string[] | null | undefined) =>
    values && values.length > 0 ? [...values].sort() : null;
  return JSON.stringify([
    sorted(filter.types),
    sorted(filter.certainties),
    sorted(filter.bases),
    filter.since ?? null,
    filter.until ?? null,
    filter.includeUndated,
  ]);
}

export async function cachedNetworkMeasures(
  request: RequestDatabase,
  plan: NetworkPlan,
): Promise<NetworkMeasures> {
  if (plan.members !== null) return readNetworkMeasures(request, plan);
  const tag = await readDataVersion(request.database, request.counter);
  let entries = kept.get(request.database);
  if (!entries) kept.set(request.database, (entries = new Map()));
  const key = filterKey(plan.filter);
  const current = entries.get(key);
  if (current?.tag === tag) return current.measures;
  // Kept under the tag read before the read: a write in between moves the tag again.
  const measures = readNetworkMeasures(request, plan);
  entries.delete(key);
  entries.set(key, { tag, measures });
  for (const oldest of entries.keys()) {
    if (entries.size <= MAX_ENTRIES) break;
    entries.delete(oldest);
  }
  measures.catch(() => {
    if (entries.get(key)?.measures === measures) entries.delete(key);
  });
  return measures;
}
