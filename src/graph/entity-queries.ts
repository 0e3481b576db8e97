/**
 * Reads of entities: by id, their degrees, full-text search and the graph's counts.
 */
import { cypher } from '../db/cypher-files';
import { cypherTemplate } from '../db/cypher-identifiers';
import { Database, QueryCounter } from '../db/database';
import { EntityKind } from '../domain/vocabulary';
import { searchQueries } from './lucene-query';
import { typeAlternation } from './relation-queries';
import { EntityObject, Props, toEntity } from './row-mapping';

export async function entitiesByIds(db: Database, ids: readonly string[], counter?: QueryCounter): Promise<Map<string, EntityObject>> {
  const rows = await db.read(cypher('entities-by-ids'), { ids }, counter);
  return new Map(rows.map((row) => {
    const entity = toEntity(row.entity as Props);
    return [entity.id, entity];
  }));
}

export async function degrees(db: Database, ids: readonly string[], counter?: QueryCounter): Promise<Map<string, number>> {
  const rows = await db.read(cypherTemplate('degrees', { TYPES: typeAlternation(null) }), { ids }, counter);
  return new Map(rows.map((row) => [String(row.id), Number(row.degree)]));
}

export interface SearchHitObject {
  entity: EntityObject;
  score: number;
}

/** The parameters of cypher/search.cypher for a text; null when the text has no word to search. */
export function searchParameters(text: string, kinds: readonly EntityKind[] | null, first: number): Record<string, unknown> | null {
  const queries = searchQueries(text);
  if (queries === null) return null;
  const filtered = kinds != null && kinds.length > 0; // an absent argument arrives as undefined
  return {
    ...queries,
    kinds: filtered ? kinds : null,
    // The kind filter runs after the word index, so ask it for more than we keep. Exact names
    // need no such margin: their lookups are not limited.
    candidates: filtered ? first * 10 + 50 : first + 20,
    first,
  };
}

export async function searchEntities(
  db: Database,
  text: string,
  kinds: readonly EntityKind[] | null,
  first: number,
  counter?: QueryCounter,
): Promise<SearchHitObject[]> {
  const parameters = searchParameters(text, kinds, first);
  if (parameters === null) return [];
  const rows = await db.read(cypher('search'), parameters, counter);
  return rows.map((row) => ({ entity: toEntity(row.entity as Props), score: Number(row.score) }));
}

export interface GraphStatsObject {
  entities: { kind: EntityKind; count: number }[];
  relations: { type: string; count: number }[];
  relationsWithoutEvidence: number;
  citations: number;
}

export async function graphStats(db: Database, counter?: QueryCounter): Promise<GraphStatsObject> {
  const [row] = await db.read(cypherTemplate('stats', { TYPES: typeAlternation(null) }), {}, counter);
  return row as unknown as GraphStatsObject;
}
