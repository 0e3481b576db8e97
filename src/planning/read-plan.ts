/**
 * The plan of a read: what one GraphQL operation asks of the graph, by response key, with its
 * argument values checked. It is built from the selection before anything runs
 * (plan-selection.ts), turned into one Cypher statement (../cypher-builder) and used again to
 * shape the rows into the objects GraphQL resolves (shape-result.ts). Values live in the plan;
 * the statement's text depends only on its structure.
 */
import { Basis, Certainty, EntityKind, RelationType } from '../domain/vocabulary';

export type TraversalDirection = 'OUT' | 'IN' | 'BOTH';

/** A compiled field of an entity, for the kinds whose type has it. */
export interface EntityFieldPlan {
  responseKey: string;
  variants: { kinds: EntityKind[]; plan: EntityChildPlan }[];
}

export interface EntityPlan {
  /** The kinds this position can hold (one for Source-typed fields, all for Entity). */
  kinds: EntityKind[];
  /** The stored properties its selected fields read; null: all of them. */
  properties: string[] | null;
  fields: EntityFieldPlan[];
}

export type EntityChildPlan = ConnectionPlan | NeighboursPlan | { kind: 'degree' };

/** Relation filters; each is in the statement when the document writes the argument. */
export interface RelationFilterPlan {
  /** Types chosen by argument (null: the argument's value is null or empty, so all). */
  types?: RelationType[] | null;
  certainties?: Certainty[] | null;
  bases?: Basis[] | null;
  since?: string | null;
  until?: string | null;
  includeUndated: boolean;
}

export interface RelationsSource {
  kind: 'relations';
  /** The types the field itself stands for (Person.convictions); null: every domain type. */
  fixedTypes: RelationType[] | null;
  direction: TraversalDirection;
  filter: RelationFilterPlan;
}

/** Source.claims: the relations a source is cited for. */
export interface ClaimsSource {
  kind: 'claims';
  certainties?: Certainty[] | null;
}

/** The relations a whole-graph read finds (weakRelations). */
export interface WeakSource {
  kind: 'weak';
  maxSources: number;
  certainties: Certainty[];
  types?: RelationType[] | null;
}

export interface ConnectionPlan {
  kind: 'connection';
  source: RelationsSource | ClaimsSource | WeakSource;
  first: number;
  /** The sort key of the last item of the previous page; absent when `after` is not written. */
  after?: unknown[] | null;
  totalCount: boolean;
  /** The document reads cursors (pageInfo or an edge's cursor): each item returns its sort key. */
  cursors: boolean;
  /** The document reads pageInfo: one item more than `first` is read to tell whether a next page exists. */
  lookAhead: boolean;
  /** Distinct projections of each item: one per way the document reaches the relation. */
  views: RelationPlan[];
  edges: { responseKey: string; nodes: { responseKey: string; view: number }[] }[];
  nodes: { responseKey: string; view: number }[];
}

/** Entities at the other end of a fixed relation type (Law.successor, Source.authors). */
export interface NeighboursPlan {
  kind: 'neighbours';
  types: RelationType[];
  direction: 'OUT' | 'IN';
  single: boolean;
  entity: EntityPlan;
}

export type RelationChildPlan =
  | { kind: 'endpoint'; end: 'from' | 'to'; entity: EntityPlan }
  | { kind: 'evidence'; first: number; after?: number | null; citation: CitationPlan }
  | { kind: 'sources'; entity: EntityPlan }
  | { kind: 'sourceCount' }
  | { kind: 'citationCount' };

export interface RelationPlan {
  /** The relationship's own id and type, each returned only when the document reads it. */
  id: boolean;
  type: boolean;
  /** The stored properties its selected fields read; null: all of them. */
  properties: string[] | null;
  fields: { responseKey: string; plan: RelationChildPlan }[];
}

export interface CitationPlan {
  sources: { responseKey: string; entity: EntityPlan }[];
}

/** What a root field reads. */
export type RootPlan =
  | { kind: 'entity'; id: string; entity: EntityPlan }
  | {
      kind: 'search';
      text: string;
      kinds: EntityKind[] | null;
      first: number;
      entities: { responseKey: string; entity: EntityPlan }[];
    }
  | { kind: 'relationsOf'; id: string; connection: ConnectionPlan }
  | { kind: 'relation'; id: string; relation: RelationPlan }
  | {
      kind: 'places';
      /** Only places of these placeKinds; null: all. */
      placeKinds: string[] | null;
      /** true: only places with coordinates, false: only those without; null: both. */
      located: boolean | null;
      first: number;
      entity: EntityPlan;
    }
  | { kind: 'weakRelations'; connection: ConnectionPlan }
  | {
      kind: 'neighborhood';
      id: string;
      depth: number;
      limit: number;
      filter: RelationFilterPlan;
      kinds?: EntityKind[] | null;
      nodes: { responseKey: string; entity: EntityPlan }[];
      edges: { responseKey: string; relation: RelationPlan }[];
      /** The document asks for the neighbourhood's network measures, which need its members' ids. */
      memberIds?: boolean;
    }
  | {
      kind: 'paths';
      from: string;
      to: string;
      maxHops: number;
      first: number;
      /** Surest first (score, then length), else shortest first (length, then score). */
      surest: boolean;
      /** The evidence filters and `types`, on every hop, each in the statement when written. */
      filter: RelationFilterPlan;
      /** What a path may not pass through; always in the statement (their defaults are values too). */
      avoid: PathAvoidance;
      nodes: { responseKey: string; entity: EntityPlan }[];
      relations: { responseKey: string; relation: RelationPlan }[];
    };

/** What connects nothing meaningful: left out of every path between its two ends. */
export interface PathAvoidance {
  /** Relation types never followed; absent where the document does not write excludeTypes. */
  excludeTypes?: RelationType[];
  /** Entities never passed through; absent where the document does not write excludeIds. */
  excludeIds?: string[];
  /** Place kinds never passed through (the vague ones, or none): excludeVaguePlaces defaults to true. */
  placeKinds: string[];
  /** Entities with more relations than this are never passed through; null: no cap; absent where not written. */
  maxDegree?: number | null;
}

export type PlanOf<K extends RootPlan['kind']> = Extract<RootPlan, { kind: K }>;

/**
 * What the network measures read: the relations the filters keep, among `members` (a
 * neighbourhood's entity ids) or, when null, over the whole graph.
 */
export interface NetworkPlan {
  filter: RelationFilterPlan;
  members: string[] | null;
}
