/**
 * Maps the property maps the Cypher queries return onto the GraphQL object shapes. The
 * queries return plain `properties(...)` maps so that this is the one place that knows how
 * dates, coordinates and identifiers are stored on nodes and relationships.
 */
import { Basis, Certainty, EntityKind, RelationType } from '../domain/vocabulary';
import { ENTITY_DATE_FIELDS } from '../domain/entity-fields';
import type { PartialDate } from '../domain/partial-date';
import { storedDate } from '../domain/stored-dates';

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

export interface RelationObject {
  id: string;
  type: RelationType;
  date: PartialDate | null;
  certainty: Certainty;
  version: number;
  basis: Basis;
  note: string | null;
  [prop: string]: unknown;
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export interface DateBasisObject {
  basis: Basis;
  note: string | null;
  quote: string | null;
  sourceId: string | null;
  locator: string | null;
  offset: number | null;
}

/**
 * What an entity's date or coordinates rest on (`<field>Basis`, `<field>BasisNote`,
 * `<field>Quote`, ... on the node); null when nothing is recorded (a fact written through the API).
 */
function factBasis(props: Props, field: string): DateBasisObject | null {
  const basis = str(props[`${field}Basis`]) as Basis | null;
  if (basis === null) return null;
  const seed = str(props[`${field}Seed`]);
  const offset = typeof props[`${field}Offset`] === 'number' ? (props[`${field}Offset`] as number) : null;
  return {
    basis,
    note: str(props[`${field}BasisNote`]),
    quote: str(props[`${field}Quote`]),
    sourceId: str(props[`${field}SourceId`]),
    locator: seed !== null ? `${seed}@${offset ?? 0}` : null,
    offset,
  };
}

/** An entity date with what it rests on. */
function entityDate(props: Props, field: string): (PartialDate & { basis: DateBasisObject | null }) | null {
  const date = storedDate(props, field);
  return date === null ? null : { ...date, basis: factBasis(props, field) };
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
  const stored =
    typeof props.disputedDates === 'string' ? (JSON.parse(props.disputedDates) as StoredDisputedDate[]) : [];
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
    coordinates:
      typeof props.lat === 'number' && typeof props.lon === 'number'
        ? { lat: props.lat, lon: props.lon, basis: factBasis(props, 'coordinates') }
        : null,
    notLocated: str(props.notLocated),
    identifiers: Object.fromEntries(IDENTIFIER_FIELDS.map((f) => [f, str(props[f])])),
    version: version(props),
    disputedDates: disputedDates(props),
  };
  for (const field of ENTITY_DATE_FIELDS) entity[field] = entityDate(props, field);
  return entity;
}

/**
 * An entity from a projection of only the properties its selected scalar fields read (see
 * planning/plan-selection.ts): the defaults of the list and version fields, nothing else derived,
 * since no coordinates, identifiers or date bases were selected. Cheaper per entity where a drawing
 * asks for hundreds of them. Dates are the exception: one selected for its value and bounds
 * only is projected as its three properties and made a PartialDate here.
 */
export function toEntityScalars(props: Props): EntityObject {
  // The map is the driver's fresh copy, so it is completed in place rather than copied.
  const entity = props as EntityObject;
  entity.aliases ??= [];
  entity.description ??= null;
  entity.files ??= [];
  entity.roles ??= [];
  entity.version = version(props);
  // A date selected for its value and bounds only is projected as its three properties.
  for (const field of ENTITY_DATE_FIELDS) if (field in props) entity[field] = entityDate(props, field);
  return entity;
}

export interface RelationRow {
  id: string;
  type: string;
  props: Props;
}

/**
 * A relation from a projection of only what its selected fields read (planning/plan-selection.ts):
 * id and type where selected, the properties of the selected scalar fields, and a date selected
 * for its value and bounds only as its three properties. The map is the driver's fresh copy, so it
 * is completed in place.
 */
export function toRelationScalars(row: Partial<RelationRow>): RelationObject {
  const relation = (row.props ?? {}) as RelationObject;
  if (row.id !== undefined) relation.id = row.id;
  if (row.type !== undefined) relation.type = row.type as RelationType;
  if ('basis' in relation) relation.basis = (str(relation.basis) ?? 'TEXT') as Basis;
  if ('version' in relation) relation.version = version(relation);
  if ('date' in relation) relation.date = storedDate(relation, 'date');
  return relation;
}

/**
 * A relation's own fields. Its endpoints and evidence are planned per request and attached
 * by planning/shape-result.ts.
 */
export function toRelationFields(row: RelationRow): RelationObject {
  return {
    ...row.props,
    id: row.id,
    type: row.type as RelationType,
    certainty: row.props.certainty as Certainty,
    basis: (str(row.props.basis) ?? 'TEXT') as Basis,
    note: str(row.props.note),
    date: storedDate(row.props, 'date'),
    version: version(row.props),
  };
}
