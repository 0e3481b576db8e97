/**
 * What an entity's own facts (its dates, a place's coordinates) rest on, as flat node
 * properties `<fact>Basis`, `<fact>BasisNote`, `<fact>Quote`, ... (written here for the loader
 * and for curators' writes, read by row-mapping). A basis belongs to the value it was given
 * with: a write that changes the value replaces the basis, so a quote never stands beside a
 * value it does not give.
 */
import { ENTITY_DATE_FIELDS } from './entity-fields';

/** The facts that carry a basis: each date field, and a place's coordinates (lat and lon). */
export const ENTITY_FACTS = [...ENTITY_DATE_FIELDS, 'coordinates'] as const;
export type EntityFact = (typeof ENTITY_FACTS)[number];

/** A text's words (with where they are in its seed file), or where a curator knows the fact from. */
export type FactBasis = { quote: string; source: string; seed: string; offset: number } | { curator: string };

const BASIS_SUFFIXES = ['Basis', 'BasisNote', 'Quote', 'SourceId', 'Seed', 'Offset'] as const;

/**
 * Every basis property of `fact`: TEXT with its citation, CURATOR with its note, or all null
 * (nothing recorded), so writing them replaces whatever rested on an earlier value.
 */
export function basisProperties(fact: EntityFact, basis: FactBasis | null): Record<string, unknown> {
  const props: Record<string, unknown> = Object.fromEntries(BASIS_SUFFIXES.map((s) => [`${fact}${s}`, null]));
  if (basis === null) return props;
  if ('curator' in basis)
    return { ...props, [`${fact}Basis`]: 'CURATOR', [`${fact}BasisNote`]: basis.curator };
  return {
    ...props,
    [`${fact}Basis`]: 'TEXT',
    [`${fact}Quote`]: basis.quote,
    [`${fact}SourceId`]: basis.source,
    [`${fact}Seed`]: basis.seed,
    [`${fact}Offset`]: basis.offset,
  };
}
