/**
 * Labels and relationship types cannot be query parameters in Cypher, so the few queries that
 * need one as a variable are templates filled only through these functions, which accept
 * nothing outside the vocabulary. Values always travel as parameters.
 */
import { cypher } from './cypher-files';
import {
  ENTITY_KINDS,
  EntityKind,
  KIND_LABEL,
  RELATION_TYPE_NAMES,
  RELATION_TYPES,
  RelationType,
} from '../domain/vocabulary';

export function relationshipType(type: string): string {
  if (!Object.prototype.hasOwnProperty.call(RELATION_TYPES, type))
    throw new Error(`Unknown relation type ${JSON.stringify(type)}`);
  return `\`${type as RelationType}\``;
}

export function entityLabel(kind: string): string {
  if (!(ENTITY_KINDS as readonly string[]).includes(kind))
    throw new Error(`Unknown entity kind ${JSON.stringify(kind)}`);
  return `\`${KIND_LABEL[kind as EntityKind]}\``;
}

/** A relationship-type alternation for a pattern, e.g. `CONVICTED_UNDER|WROTE_TO`. */
export function relationshipTypes(types: readonly string[]): string {
  return types.map(relationshipType).join('|');
}

/** Every domain type when none is asked for; never the internal FROM_SOURCE links nor RETRACTED. */
export function typeAlternation(types: readonly string[] | null): string {
  return relationshipTypes(types && types.length > 0 ? types : RELATION_TYPE_NAMES);
}

/** Fills the {{NAME}} slots of a cypher/ template with identifiers made by the functions above. */
export function cypherTemplate(name: string, slots: Record<string, string>): string {
  return cypher(name).replace(/\{\{([A-Z_]+)\}\}/g, (_, slot: string) => {
    const value = slots[slot];
    if (value === undefined) throw new Error(`cypher/${name}.cypher needs a value for {{${slot}}}`);
    return value;
  });
}
