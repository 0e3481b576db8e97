/**
 * Colours of entity kinds (nodes and legend, shared with the GEXF export) and node sizes by degree. The kinds, relation
 * types, certainties and bases themselves come from the server's vocabulary module.
 */
import { KIND_COLORS as COLORS } from '../../src/domain/kind-colors';
import { BASES, CERTAINTIES, ENTITY_KINDS, RELATION_TYPE_NAMES } from '../../src/domain/vocabulary';

export { BASES, CERTAINTIES, ENTITY_KINDS, RELATION_TYPE_NAMES };

export const KIND_COLORS: Record<string, string> = COLORS;

export const KIND_NAMES: Record<string, string> = {
  PERSON: 'Person',
  LAW: 'Law',
  PLACE: 'Place',
  SOURCE: 'Source',
  ORGANIZATION: 'Organisation',
  EVENT: 'Event',
};

export const EDGE_COLOR = '#b8c0cc';
export const FADED = '#e8ebef';

export function nodeSize(degree: number): number {
  return Math.min(28, 4 + 2.2 * Math.sqrt(degree));
}
