/**
 * GraphQL enums, registered from the vocabulary so that the schema and the data cannot drift.
 */
import { registerEnumType } from 'type-graphql';
import { CERTAINTIES, ENTITY_KINDS, RELATION_TYPE_NAMES, RELATION_TYPES } from '../domain/vocabulary';

function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const EntityKindEnum = enumObject(ENTITY_KINDS);
export const RelationTypeEnum = enumObject(RELATION_TYPE_NAMES);
export const CertaintyEnum = enumObject(CERTAINTIES);
export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}

registerEnumType(EntityKindEnum, { name: 'EntityKind', description: 'What an entity is.' });
registerEnumType(RelationTypeEnum, {
  name: 'RelationType',
  description: 'What a relation states. Each relation carries its evidence.',
  valuesConfig: Object.fromEntries(RELATION_TYPE_NAMES.map((t) => [t, { description: RELATION_TYPES[t].description }])),
});
registerEnumType(CertaintyEnum, {
  name: 'Certainty',
  description: "How sure the citing text is, from its own hedging, strongest first.",
  valuesConfig: {
    ATTESTED: { description: 'Stated plainly.' },
    PROBABLE: { description: '"probably", "most likely".' },
    POSSIBLE: { description: '"it is possible that", "may have".' },
    DISPUTED: { description: 'One theory among others; contested.' },
    RUMOURED: { description: 'Hearsay, rumour, legend.' },
  },
});
registerEnumType(Direction, { name: 'Direction', description: 'Which relations of an entity: outgoing, incoming or both.' });
