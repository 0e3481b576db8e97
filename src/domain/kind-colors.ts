/**
 * One colour per entity kind, shared by the network explorer and the GEXF export so a graph
 * looks the same in the browser and in Gephi. Okabe–Ito colours: distinguishable with the
 * common colour-vision deficiencies.
 */
import type { EntityKind } from './vocabulary';

export const KIND_COLORS: Record<EntityKind, string> = {
  PERSON: '#0072B2',
  LAW: '#D55E00',
  PLACE: '#009E73',
  SOURCE: '#CC79A7',
  ORGANIZATION: '#E69F00',
  EVENT: '#56B4E9',
};
