/**
 * The reads behind the linked-data views: one entity with its relations and their citations,
 * or the whole graph; one fixed statement each (cypher/linked-data-*.cypher).
 */
import { cypher } from '../db/cypher-files';
import { cypherTemplate, typeAlternation } from '../db/cypher-identifiers';
import { Database } from '../db/database';

export type Props = Record<string, unknown>;

export interface CitationRow {
  id: string;
  sourceId: string;
  quote: string;
  seed: string | null;
  offset: number | null;
  position: number | null;
}

export interface RelationRow {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Props;
  citations: CitationRow[];
}

export interface EntityDocumentRow {
  entity: Props;
  relations: RelationRow[];
  neighbours: { id: string; name: string; kind: string }[];
}

function statement(name: string): string {
  return cypherTemplate(name, {
    TYPES: typeAlternation(null),
    RELATION: cypher('fragments/linked-relation'),
  });
}

/** Null when no entity has the id. */
export async function readEntityDocument(db: Database, id: string): Promise<EntityDocumentRow | null> {
  const [row] = await db.read(statement('linked-data-entity'), { id });
  return row ? (row as unknown as EntityDocumentRow) : null;
}

export async function readGraphDocument(
  db: Database,
): Promise<{ entities: Props[]; relations: RelationRow[] }> {
  const [row] = await db.read(statement('linked-data-graph'));
  return row as unknown as { entities: Props[]; relations: RelationRow[] };
}
