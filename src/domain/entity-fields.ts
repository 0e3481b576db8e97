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

export const DATE_FIELDS: ReadonlySet<string> = new Set(['born', 'died', 'enacted', 'repealed', 'date', 'founded', 'dissolved']);

/** The kinds a field belongs to, for error messages. */
export function kindsWithField(field: string): EntityKind[] {
  return (Object.keys(KIND_FIELDS) as EntityKind[]).filter((kind) => KIND_FIELDS[kind].includes(field));
}
