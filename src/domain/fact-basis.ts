/**
 * What an entity's own facts (its dates, a place's coordinates) rest on, as flat node
 * properties `<fact>Basis`, `<fact>BasisNote`, `<fact>Quote`, ... (written by the loader and by
 * curators' writes, read by row-mapping). A basis belongs to the value it was given with: a
 * write that changes the value replaces the basis, so a quote never stands beside a value it
 * does not give.
 */
import { ENTITY_DATE_FIELDS } from './entity-fields';

/** The facts that carry a basis: each date field, and a place's coordinates (lat and lon). */
export const ENTITY_FACTS = [...ENTITY_DATE_FIELDS, 'coordinates'] as const;
export type EntityFact = (typeof ENTITY_FACTS)[number];

const BASIS_SUFFIXES = ['Basis', 'BasisNote', 'Quote', 'SourceId', 'Seed', 'Offset'] as const;

/**
 * Every basis property of `fact`: CURATOR with `curator` (where the curator knows it from), or
 * all null (nothing recorded), so a patch removes what rested on the old value.
 */
export function curatorBasisProperties(fact: EntityFact, curator: string | null): Record<string, unknown> {
  const props: Record<string, unknown> = Object.fromEntries(BASIS_SUFFIXES.map((s) => [`${fact}${s}`, null]));
  if (curator !== null) Object.assign(props, { [`${fact}Basis`]: 'CURATOR', [`${fact}BasisNote`]: curator });
  return props;
}
