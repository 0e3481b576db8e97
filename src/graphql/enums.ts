/**
 * GraphQL enums, registered from the vocabulary so that the schema and the data cannot drift.
 */
import { registerEnumType } from 'type-graphql';
import { ENTITY_FACTS, EntityFact } from '../domain/fact-basis';
import { BASES, CERTAINTIES, ENTITY_KINDS, RELATION_TYPE_NAMES, RELATION_TYPES } from '../domain/vocabulary';

function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const EntityKindEnum = enumObject(ENTITY_KINDS);
export const RelationTypeEnum = enumObject(RELATION_TYPE_NAMES);
export const CertaintyEnum = enumObject(CERTAINTIES);
export const BasisEnum = enumObject(BASES);
/** BORN, ..., COORDINATES in the schema; the fact's own name (born, coordinates) inside. */
export const EntityFactEnum = Object.fromEntries(
  ENTITY_FACTS.map((fact) => [fact.toUpperCase(), fact]),
) as Record<Uppercase<EntityFact>, EntityFact>;
export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}

/** Which paths `paths` gives first. */
export enum PathRanking {
  SUREST = 'SUREST',
  SHORTEST = 'SHORTEST',
}

registerEnumType(EntityKindEnum, { name: 'EntityKind', description: 'What an entity is.' });
registerEnumType(EntityFactEnum, {
  name: 'EntityFact',
  description: "An entity's own fact that carries a basis: one of its dates, or a place's coordinates.",
});
registerEnumType(RelationTypeEnum, {
  name: 'RelationType',
  description: 'What a relation states. Each relation carries its evidence.',
  valuesConfig: Object.fromEntries(
    RELATION_TYPE_NAMES.map((t) => [t, { description: RELATION_TYPES[t].description }]),
  ),
});
registerEnumType(CertaintyEnum, {
  name: 'Certainty',
  description: 'How sure the citing text is, from its own hedging, strongest first.',
  valuesConfig: {
    ATTESTED: { description: 'Stated plainly.' },
    PROBABLE: { description: '"probably", "most likely".' },
    POSSIBLE: { description: '"it is possible that", "may have".' },
    DISPUTED: { description: 'One theory among others; contested.' },
    RUMOURED: { description: 'Hearsay, rumour, legend.' },
  },
});
registerEnumType(BasisEnum, {
  name: 'Basis',
  description: 'What a fact rests on. Keep TEXT for only what the texts say.',
  valuesConfig: {
    TEXT: { description: 'The cited words of a text state it.' },
    INFERENCE: {
      description:
        'A curator reads it from the cited words, which do not state it outright; the note says how.',
    },
    CURATOR: { description: 'Curator knowledge from outside the texts; the note says where from.' },
  },
});
registerEnumType(PathRanking, {
  name: 'PathRanking',
  description: 'Which connections `paths` gives first.',
  valuesConfig: {
    SUREST: {
      description:
        'The surest (highest Path.score) of the shortest routes, then the shorter: a longer route of attested hops comes before a shorter one through a disputed claim.',
    },
    SHORTEST: {
      description:
        'The fewest hops, the surest first among routes of one length: what a shortest-path search answers, and cheaper, since longer routes are searched only when the shortest are fewer than `first`.',
    },
  },
});
registerEnumType(Direction, {
  name: 'Direction',
  description: 'Which relations of an entity: outgoing, incoming or both.',
});
