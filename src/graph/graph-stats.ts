/**
 * The graph's counts (stats): one fixed statement, outside the planned reads because it
 * selects no entity.
 */
import { cypherTemplate, typeAlternation } from '../db/cypher-identifiers';
import { Database, QueryCounter } from '../db/database';
import { EntityKind } from '../domain/vocabulary';

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
