/**
 * Maps the property maps the Cypher queries return onto the GraphQL object shapes. The
 * queries return plain `properties(...)` maps so that this is the one place that knows how
 * dates, coordinates and identifiers are stored on nodes and relationships.
 */
import { Basis, Certainty, EntityKind, RelationType } from '../domain/vocabulary';
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
  basis: Basis;
  note: string | null;
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

export interface DateBasisObject {
  basis: Basis;
  note: string | null;
  quote: string | null;
  sourceId: string | null;
  locator: string | null;
  offset: number | null;
}

/** An entity date with what it rests on (`<field>Basis`, `<field>BasisNote`, `<field>Quote`, ... on the node). */
function entityDate(props: Props, field: string): (PartialDate & { basis: DateBasisObject | null }) | null {
  const date = partialDate(props, field);
  if (date === null) return null;
  const basis = str(props[`${field}Basis`]) as Basis | null;
  const seed = str(props[`${field}Seed`]);
  const offset = typeof props[`${field}Offset`] === 'number' ? (props[`${field}Offset`] as number) : null;
  return {
    ...date,
    basis: basis === null ? null : {
      basis,
      note: str(props[`${field}BasisNote`]),
      quote: str(props[`${field}Quote`]),
      sourceId: str(props[`${field}SourceId`]),
      locator: seed !== null ? `${seed}@${offset ?? 0}` : null,
      offset,
    },
  };
}

interface StoredDisputedDate {
  field: string;
  value: string;
  earliest: string | null;
  latest: string | null;
  note: string;
  quote: string;
  sourceId: string;
  seed: string;
  offset: number;
}

/** Disputed dates are stored as one JSON string: Neo4j properties hold no lists of maps. */
function disputedDates(props: Props) {
  const stored = typeof props.disputedDates === 'string' ? (JSON.parse(props.disputedDates) as StoredDisputedDate[]) : [];
  return stored.map((d) => ({
    field: d.field,
    claim: { edtf: d.value, earliest: d.earliest, latest: d.latest, basis: null },
    note: d.note,
    quote: d.quote,
    sourceId: d.sourceId,
    locator: `${d.seed}@${d.offset}`,
  }));
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
    disputedDates: disputedDates(props),
  };
  for (const field of DATE_FIELDS) entity[field] = entityDate(props, field);
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
    basis: (str(row.props.basis) ?? 'TEXT') as Basis,
    note: str(row.props.note),
    date: partialDate(row.props, 'date'),
    from: toEntity(row.from),
    to: toEntity(row.to),
    version: version(row.props),
    evidence: evidence ?? null,
  };
}
