/**
 * The fields of the entity types that follow relations, and what each follows. The planner
 * reads this table; the type-graphql resolvers only declare the fields and their arguments.
 */
import { RelationType } from '../domain/vocabulary';
import { TraversalDirection } from './read-plan';

export type EntityTraversal =
  /** A relation connection; fixed types, or the `types` and `direction` arguments (null). */
  | { kind: 'connection'; types: RelationType[] | null; direction: TraversalDirection | null }
  | { kind: 'claims' }
  | { kind: 'neighbours'; types: RelationType[]; direction: 'OUT' | 'IN'; single: boolean }
  | { kind: 'degree' };

const connection = (types: RelationType[], direction: TraversalDirection): EntityTraversal => ({
  kind: 'connection',
  types,
  direction,
});
const neighbours = (type: RelationType, direction: 'OUT' | 'IN', single = false): EntityTraversal => ({
  kind: 'neighbours',
  types: [type],
  direction,
  single,
});

/** Keyed by GraphQL type name; `Entity` holds the interface's fields, which every kind has. */
const TRAVERSALS: Record<string, Record<string, EntityTraversal>> = {
  Entity: {
    relations: { kind: 'connection', types: null, direction: null },
    degree: { kind: 'degree' },
  },
  Person: {
    convictions: connection(['CONVICTED_UNDER'], 'OUT'),
    imprisonments: connection(['IMPRISONED_AT'], 'OUT'),
    lettersSent: connection(['WROTE_TO'], 'OUT'),
    lettersReceived: connection(['WROTE_TO'], 'IN'),
    works: connection(['AUTHORED', 'TRANSLATED'], 'OUT'),
  },
  Law: {
    convicted: connection(['CONVICTED_UNDER'], 'IN'),
    successor: neighbours('SUCCEEDED_BY', 'OUT', true),
    predecessors: neighbours('SUCCEEDED_BY', 'IN'),
  },
  Place: {
    prisoners: connection(['IMPRISONED_AT'], 'IN'),
    parts: connection(['PART_OF'], 'IN'),
    partOf: neighbours('PART_OF', 'OUT'),
  },
  Source: {
    authors: neighbours('AUTHORED', 'IN'),
    cites: connection(['CITED_BY'], 'IN'),
    citedBy: connection(['CITED_BY'], 'OUT'),
    claims: { kind: 'claims' },
  },
  Organization: {
    members: connection(['MEMBER_OF'], 'IN'),
    heads: connection(['HEADED'], 'IN'),
  },
};

export function entityTraversal(typeName: string, field: string): EntityTraversal | undefined {
  return TRAVERSALS[typeName]?.[field] ?? TRAVERSALS.Entity?.[field];
}

/** How many entities a list of neighbours (Law.predecessors, Source.authors) holds at most. */
export const MAX_NEIGHBOURS = 100;
