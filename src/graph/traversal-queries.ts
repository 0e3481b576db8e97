/**
 * Multi-hop reads: shortest paths between two entities and an entity's neighbourhood. Both
 * are bounded: the hop bound is a validated integer written into the query (Cypher does not
 * take it as a parameter); the neighbourhood goes ring by ring, so its validated depth is a
 * parameter like the rest.
 */
import { cypherTemplate } from '../db/cypher-identifiers';
import { Database, QueryCounter } from '../db/database';
import { Certainty, RelationType } from '../domain/vocabulary';
import { RELATION_PROJECTION, typeAlternation } from './relation-queries';
import { EntityObject, Props, RelationObject, RelationRow, toEntity, toRelation } from './row-mapping';

export const MAX_PATH_HOPS = 6;
export const MAX_PATHS = 10;
export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const MAX_NEIGHBORHOOD_NODES = 2000;

function boundedInteger(value: number, min: number, max: number): string {
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`bound ${value} outside ${min}..${max}`);
  return String(value);
}

export interface PathObject {
  length: number;
  nodes: EntityObject[];
  relations: RelationObject[];
}

export async function shortestPaths(
  db: Database,
  from: string,
  to: string,
  options: { maxHops: number; first: number; types: readonly RelationType[] | null },
  counter?: QueryCounter,
): Promise<PathObject[]> {
  const query = cypherTemplate('shortest-paths', {
    K: boundedInteger(options.first, 1, MAX_PATHS),
    MAX_HOPS: boundedInteger(options.maxHops, 1, MAX_PATH_HOPS),
    TYPES: typeAlternation(options.types),
    RELATION: RELATION_PROJECTION(),
  });
  const rows = await db.read(query, { from, to }, counter);
  return rows.map((row) => {
    const relations = (row.relations as RelationRow[]).map(toRelation);
    return { length: relations.length, nodes: (row.nodes as Props[]).map(toEntity), relations };
  });
}

export interface SubgraphObject {
  nodes: EntityObject[];
  edges: RelationObject[];
}

export async function neighborhood(
  db: Database,
  id: string,
  options: { depth: number; limit: number; types: readonly RelationType[] | null; certainties: readonly Certainty[] | null; withEdges?: boolean },
  counter?: QueryCounter,
): Promise<SubgraphObject | null> {
  const depth = Number(boundedInteger(options.depth, 1, MAX_NEIGHBORHOOD_DEPTH));
  const query = cypherTemplate('neighborhood', {
    TYPES: typeAlternation(options.types),
    RELATION: RELATION_PROJECTION(),
  });
  const [row] = await db.read(
    query,
    { id, depth, limit: options.limit, withEdges: options.withEdges ?? true, certainties: options.certainties && options.certainties.length > 0 ? options.certainties : null },
    counter,
  );
  if (!row) return null;
  return { nodes: (row.nodes as Props[]).map(toEntity), edges: (row.edges as RelationRow[]).map(toRelation) };
}
