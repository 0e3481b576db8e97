/**
 * Maps the property maps the Cypher queries return onto the GraphQL object shapes. The
 * queries return plain `properties(...)` maps so that this is the one place that knows how
 * dates, coordinates and identifiers are stored on nodes and relationships.
 */
import { Certainty, EntityKind, RelationType } from '../domain/vocabulary';
import type { PartialDate } from '../dataset/partial-date';

export type Props = Record<string, unknown>;

export interface EntityObject {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string | null;
  files: string[];
  [field: string]: unknown;
}

export interface CitationObject {
  source: EntityObject;
  quote: string;
  locator: string | null;
  seedFile: string | null;
  offset: number | null;
}

export interface RelationObject {
  id: string;
  type: RelationType;
  from: EntityObject;
  to: EntityObject;
  date: PartialDate | null;
  certainty: Certainty;
  /** Null when the query left the evidence out (fragments/relation-projection-lean). */
  evidence: CitationObject[] | null;
  [prop: string]: unknown;
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function partialDate(props: Props, field: string): PartialDate | null {
  const edtf = str(props[field]);
  if (edtf === null) return null;
  return { edtf, earliest: str(props[`${field}Earliest`]), latest: str(props[`${field}Latest`]) };
}

/** Loaded data carries no version: it is at version 0 until its first edit through the API. */
function version(props: Props): number {
  return typeof props.version === 'number' ? props.version : 0;
}

const DATE_FIELDS = ['born', 'died', 'enacted', 'repealed', 'date', 'founded', 'dissolved'];
const IDENTIFIER_FIELDS = ['isbn', 'doi', 'volume', 'issue', 'pages', 'url', 'archive'];

export function toEntity(props: Props): EntityObject {
  const entity: EntityObject = {
    ...props,
    id: String(props.id),
    kind: props.kind as EntityKind,
    name: String(props.name),
    aliases: (props.aliases as string[] | undefined) ?? [],
    description: str(props.description),
    files: (props.files as string[] | undefined) ?? [],
    roles: (props.roles as string[] | undefined) ?? [],
    coordinates: typeof props.lat === 'number' && typeof props.lon === 'number' ? { lat: props.lat, lon: props.lon } : null,
    identifiers: Object.fromEntries(IDENTIFIER_FIELDS.map((f) => [f, str(props[f])])),
    version: version(props),
  };
  for (const field of DATE_FIELDS) entity[field] = partialDate(props, field);
  return entity;
}

interface CitationRow {
  quote: string;
  seed: string | null;
  offset: number | null;
  source: Props;
}

export interface RelationRow {
  id: string;
  type: string;
  props: Props;
  from: Props;
  to: Props;
  evidence?: CitationRow[];
}

export function toRelation(row: RelationRow): RelationObject {
  const evidence = row.evidence?.map((c) => ({
    source: toEntity(c.source),
    quote: c.quote,
    seedFile: c.seed,
    offset: c.offset,
    locator: c.seed !== null ? `${c.seed}@${c.offset ?? 0}` : null,
  }));
  return {
    ...row.props,
    id: row.id,
    type: row.type as RelationType,
    certainty: row.props.certainty as Certainty,
    date: partialDate(row.props, 'date'),
    from: toEntity(row.from),
    to: toEntity(row.to),
    version: version(row.props),
    evidence: evidence ?? null,
  };
}
