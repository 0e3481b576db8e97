/**
 * Per-request batching: every field resolver asks a DataLoader, which gathers the keys of a
 * whole nesting level and answers them with one query. A request therefore costs one round
 * trip per nesting level and per distinct set of arguments, however many results it has.
 */
import DataLoader from 'dataloader';
import { Database, QueryCounter } from '../db/database';
import { Certainty } from '../domain/vocabulary';
import { degrees, entitiesByIds } from './entity-queries';
import { Page, RelationFilter, RelationPage, relationsByIds, relationsOf, sourceClaims } from './relation-queries';
import { EntityObject, RelationObject } from './row-mapping';

interface TraversalKey {
  id: string;
  filter: RelationFilter;
  page: Page;
  /** Whether the relations come with their evidence (see RequestContext.evidenceSelected). */
  evidence: boolean;
}

interface ClaimsKey {
  id: string;
  certainties: readonly Certainty[] | null;
  page: Page;
}

/** Groups keys by everything but the entity id, so each group is one query. */
async function batchByArguments<K extends { id: string }, V>(
  keys: readonly K[],
  fetch: (ids: string[], sample: K) => Promise<Map<string, V>>,
  empty: V,
): Promise<V[]> {
  const groups = new Map<string, K[]>();
  for (const key of keys) {
    const { id: _id, ...rest } = key;
    const group = JSON.stringify(rest);
    groups.set(group, [...(groups.get(group) ?? []), key]);
  }
  const results = new Map<K, V>();
  await Promise.all(
    [...groups.values()].map(async (group) => {
      const answer = await fetch([...new Set(group.map((k) => k.id))], group[0] as K);
      for (const key of group) results.set(key, answer.get(key.id) ?? empty);
    }),
  );
  return keys.map((key) => results.get(key) ?? empty);
}

export function createLoaders(db: Database, counter: QueryCounter) {
  const entity = new DataLoader<string, EntityObject | null>(async (ids) => {
    const found = await entitiesByIds(db, ids, counter);
    return ids.map((id) => found.get(id) ?? null);
  });
  const degree = new DataLoader<string, number>(async (ids) => {
    const found = await degrees(db, ids, counter);
    return ids.map((id) => found.get(id) ?? 0);
  });
  const relation = new DataLoader<string, RelationObject | null>(async (ids) => {
    const found = await relationsByIds(db, ids, counter);
    return ids.map((id) => found.get(id) ?? null);
  });
  // A null page means the entity does not exist (an existing one always gets a page).
  const traversal = new DataLoader<TraversalKey, RelationPage | null, string>(
    (keys) => batchByArguments<TraversalKey, RelationPage | null>(keys, (ids, sample) => relationsOf(db, ids, sample.filter, sample.page, counter, sample.evidence), null),
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );
  const claims = new DataLoader<ClaimsKey, RelationPage | null, string>(
    (keys) => batchByArguments<ClaimsKey, RelationPage | null>(keys, (ids, sample) => sourceClaims(db, ids, sample.certainties, sample.page, counter), null),
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );
  return { entity, degree, relation, traversal, claims };
}

export type Loaders = ReturnType<typeof createLoaders>;
