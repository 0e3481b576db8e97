/**
 * Which descriptive fields each entity kind has, and which of them are EDTF dates. Writes
 * through the API refuse a field that does not belong to the entity's kind.
 */
import { EntityKind } from './vocabulary';

export const COMMON_ENTITY_FIELDS = ['name', 'aliases', 'description'] as const;

export const KIND_FIELDS: Record<EntityKind, readonly string[]> = {
  PERSON: ['born', 'died', 'roles'],
  LAW: ['code', 'article', 'title', 'enacted', 'repealed', 'issuer'],
  PLACE: ['placeKind', 'lat', 'lon'],
  SOURCE: ['sourceKind', 'title', 'date', 'publisher', 'periodical', 'language'],
  ORGANIZATION: ['orgKind', 'founded', 'dissolved'],
  EVENT: ['date'],
};

/** The fields that hold an EDTF date, each stored as three properties (stored-dates.ts). */
export const ENTITY_DATE_FIELDS = [
  'born',
  'died',
  'enacted',
  'repealed',
  'date',
  'founded',
  'dissolved',
] as const;
export type EntityDateField = (typeof ENTITY_DATE_FIELDS)[number];
export const DATE_FIELDS: ReadonlySet<string> = new Set(ENTITY_DATE_FIELDS);

/** The kinds a field belongs to, for error messages. */
export function kindsWithField(field: string): EntityKind[] {
  return (Object.keys(KIND_FIELDS) as EntityKind[]).filter((kind) => KIND_FIELDS[kind].includes(field));
}
