/**
 * The graph's counts (stats): one fixed statement, outside the planned reads because it
 * selects no entity.
 */
import { cypherTemplate, typeAlternation } from '../db/cypher-identifiers';
import { Database, QueryCounter } from '../db/database';
import { EntityKind } from '../domain/vocabulary';
import { readConfig } from '../config';
import { dataDirectoryHash, releaseVersion } from './release-version';

export interface GraphStatsObject {
  entities: { kind: EntityKind; count: number }[];
  relations: { type: string; count: number }[];
  relationsWithoutEvidence: number;
  citations: number;
  datasetVersion: string;
}

export async function graphStats(db: Database, counter?: QueryCounter): Promise<GraphStatsObject> {
  const [row] = await db.read(cypherTemplate('stats', { TYPES: typeAlternation(null) }), {}, counter);
  const { changes, newest, ...counts } = row as Record<string, unknown>;
  return {
    ...(counts as Omit<GraphStatsObject, 'datasetVersion'>),
    datasetVersion: releaseVersion(
      dataDirectoryHash(readConfig().dataDir),
      Number(changes),
      (newest as string | null) ?? null,
    ),
  };
}
