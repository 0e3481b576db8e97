/**
 * Reads of relations, each answering for many entities in one round trip so that the
 * GraphQL layer can batch a whole nesting level into one query.
 */
import { cypher } from '../db/cypher-files';
import { cypherTemplate, relationshipTypes } from '../db/cypher-identifiers';
import { Database, QueryCounter } from '../db/database';
import { Certainty, RELATION_TYPE_NAMES, RelationType } from '../domain/vocabulary';
import { RelationObject, RelationRow, toRelation } from './row-mapping';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface RelationFilter {
  types: readonly RelationType[] | null;
  direction: Direction;
  certainties: readonly Certainty[] | null;
  /** ISO date or year; relations that end before it are left out. */
  since: string | null;
  /** ISO date or year; relations that begin after it are left out. */
  until: string | null;
  includeUndated: boolean;
}

export interface Page {
  skip: number;
  limit: number;
}

export interface RelationPage {
  total: number;
  relations: RelationObject[];
}

const PATTERNS: Record<Direction, (types: string) => string> = {
  OUT: (types) => `(e)-[r:${types}]->(o)`,
  IN: (types) => `(e)<-[r:${types}]-(o)`,
  BOTH: (types) => `(e)-[r:${types}]-(o)`,
};

export const RELATION_PROJECTION = () => cypher('fragments/relation-projection');
export const RELATION_PROJECTION_LEAN = () => cypher('fragments/relation-projection-lean');

/** Every domain type when none is asked for; never the internal FROM_SOURCE links. */
export function typeAlternation(types: readonly string[] | null): string {
  return relationshipTypes(types && types.length > 0 ? types : RELATION_TYPE_NAMES);
}

/** "1933" -> "1933-01-01" for `since`, "1933-12-31" for `until`; full dates pass through. */
export function dateBound(value: string | null, end: 'start' | 'end'): string | null {
  if (value === null) return null;
  if (/^\d{4}$/.test(value)) return end === 'start' ? `${value}-01-01` : `${value}-12-31`;
  if (/^\d{4}-\d{2}$/.test(value)) return end === 'start' ? `${value}-01` : `${value}-31`;
  return value;
}

/**
 * The WHERE clause of relations-of, from fixed predicates only (values stay parameters). A
 * predicate is left out when its filter is unset, so that an unfiltered count is the node's
 * stored degree instead of a read of every relationship.
 */
function relationFilter(filter: RelationFilter): string {
  const predicates: string[] = [];
  if (filter.certainties && filter.certainties.length > 0) predicates.push('r.certainty IN $certainties');
  if (filter.since !== null) predicates.push('((r.dateLatest IS NULL AND $includeUndated) OR r.dateLatest >= $since)');
  if (filter.until !== null) predicates.push('((r.dateEarliest IS NULL AND $includeUndated) OR r.dateEarliest <= $until)');
  return predicates.length > 0 ? `WHERE ${predicates.join(' AND ')}` : '';
}

function toPages(rows: Record<string, unknown>[]): Map<string, RelationPage> {
  const pages = new Map<string, RelationPage>();
  for (const row of rows) {
    pages.set(String(row.entityId), {
      total: Number(row.total),
      relations: (row.page as RelationRow[]).map(toRelation),
    });
  }
  return pages;
}

export async function relationsOf(
  db: Database,
  ids: readonly string[],
  filter: RelationFilter,
  page: Page,
  counter?: QueryCounter,
  withEvidence = true,
): Promise<Map<string, RelationPage>> {
  const query = cypherTemplate('relations-of', {
    PATTERN: PATTERNS[filter.direction](typeAlternation(filter.types)),
    FILTER: relationFilter(filter),
    RELATION: withEvidence ? RELATION_PROJECTION() : RELATION_PROJECTION_LEAN(),
  });
  const rows = await db.read(
    query,
    {
      ids,
      certainties: filter.certainties && filter.certainties.length > 0 ? filter.certainties : null,
      since: dateBound(filter.since, 'start'),
      until: dateBound(filter.until, 'end'),
      includeUndated: filter.includeUndated,
      skip: page.skip,
      limit: page.limit,
    },
    counter,
  );
  return toPages(rows);
}

export async function relationsByIds(db: Database, ids: readonly string[], counter?: QueryCounter): Promise<Map<string, RelationObject>> {
  const query = cypherTemplate('relations-by-ids', { TYPES: typeAlternation(null), RELATION: RELATION_PROJECTION() });
  const rows = await db.read(query, { ids }, counter);
  return new Map(rows.map((row) => [String(row.relationId), toRelation(row.relation as RelationRow)]));
}

export async function sourceClaims(
  db: Database,
  sourceIds: readonly string[],
  certainties: readonly Certainty[] | null,
  page: Page,
  counter?: QueryCounter,
): Promise<Map<string, RelationPage>> {
  const query = cypherTemplate('source-claims', { TYPES: typeAlternation(null), RELATION: RELATION_PROJECTION() });
  const rows = await db.read(
    query,
    { ids: sourceIds, certainties: certainties && certainties.length > 0 ? certainties : null, skip: page.skip, limit: page.limit },
    counter,
  );
  return toPages(rows);
}

export async function weakRelations(
  db: Database,
  options: { maxSources: number; certainties: readonly Certainty[]; types: readonly RelationType[] | null },
  page: Page,
  counter?: QueryCounter,
): Promise<RelationPage> {
  const query = cypherTemplate('weak-relations', { TYPES: typeAlternation(options.types), RELATION: RELATION_PROJECTION() });
  const [row] = await db.read(
    query,
    { maxSources: options.maxSources, certainties: options.certainties, skip: page.skip, limit: page.limit },
    counter,
  );
  return { total: Number(row?.total ?? 0), relations: ((row?.page as RelationRow[] | undefined) ?? []).map(toRelation) };
}
