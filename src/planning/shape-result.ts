/**
 * Turns the one row a read statement returns into the objects GraphQL resolves: entities and
 * relations as row-mapping makes them, and, under `__c`, what the plan compiled for each
 * response key (a traversal, an endpoint, evidence). The resolvers of those fields read
 * `__c[responseKey]` (planned-field.ts), so aliases of one field with different arguments
 * or selections each get their own answer.
 */
import {
  EntityObject,
  RelationObject,
  toEntity,
  toEntityScalars,
  RelationRow,
  toRelationFields,
  toRelationScalars,
} from '../writes/row-mapping';
import { CursorSort, encodeCursor } from './cursors';
import {
  CitationPlan,
  ConnectionPlan,
  EntityChildPlan,
  EntityPlan,
  RelationChildPlan,
  RelationPlan,
} from './read-plan';

export type Compiled = Record<string, unknown>;
export type WithCompiled<T> = T & { __c?: Compiled };

type Raw = Record<string, unknown> & { __c?: Record<string, unknown> };

export function shapeEntity(raw: unknown, plan: EntityPlan): WithCompiled<EntityObject> | null {
  if (raw === null || raw === undefined) return null;
  // The row is the driver's fresh copy: its planned part is taken off in place, not copied.
  const props = raw as Raw;
  const compiled = props.__c;
  props.__c = undefined;
  const entity: WithCompiled<EntityObject> =
    plan.properties === null ? toEntity(props) : toEntityScalars(props);
  if (compiled) {
    entity.__c = {};
    for (const field of plan.fields) {
      const variant = field.variants.find((v) => v.kinds.includes(entity.kind));
      if (variant)
        entity.__c[field.responseKey] = shapeEntityChild(compiled[field.responseKey], variant.plan);
    }
  }
  return entity;
}

function shapeEntityChild(raw: unknown, plan: EntityChildPlan): unknown {
  switch (plan.kind) {
    case 'degree':
      return Number(raw);
    case 'neighbours':
      return plan.single
        ? shapeEntity(raw, plan.entity)
        : (raw as unknown[]).map((e) => shapeEntity(e, plan.entity));
    case 'connection':
      return shapeConnection(raw as RawConnection, plan);
  }
}

interface RawConnection {
  total?: unknown;
  /** `k`, the sort key, only where the plan reads cursors. */
  page: { k?: unknown[]; v: unknown[] }[];
}

const SORT_OF: Record<ConnectionPlan['source']['kind'], CursorSort> = {
  relations: 'relation',
  claims: 'claim',
  weak: 'weak',
};

export interface ConnectionObject {
  totalCount?: number;
  /** Only where the document reads it (the plan's lookAhead). */
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
  __c: Compiled;
}

export function shapeConnection(raw: RawConnection, plan: ConnectionPlan): ConnectionObject {
  const items = plan.lookAhead ? raw.page.slice(0, plan.first) : raw.page;
  const sort = SORT_OF[plan.source.kind];
  const cursors = plan.cursors ? items.map((item) => encodeCursor(sort, item.k ?? [])) : [];
  const views = plan.views.map((view, i) => items.map((item) => shapeRelation(item.v[i], view)));
  const compiled: Compiled = {};
  for (const nodes of plan.nodes) compiled[nodes.responseKey] = views[nodes.view];
  for (const edges of plan.edges) {
    compiled[edges.responseKey] = items.map((_, i) => ({
      cursor: cursors[i],
      __c: Object.fromEntries(edges.nodes.map((node) => [node.responseKey, views[node.view]?.[i]])),
    }));
  }
  const connection: ConnectionObject = { __c: compiled };
  if (raw.total !== undefined) connection.totalCount = Number(raw.total);
  if (plan.lookAhead)
    connection.pageInfo = { hasNextPage: raw.page.length > plan.first, endCursor: cursors.at(-1) ?? null };
  return connection;
}

export function shapeRelation(raw: unknown, plan: RelationPlan): WithCompiled<RelationObject> {
  const row = raw as Partial<RelationRow> & { __c?: Compiled };
  const compiled = row.__c;
  const relation: WithCompiled<RelationObject> =
    plan.properties === null ? toRelationFields(row as RelationRow) : toRelationScalars(row);
  if (compiled) {
    relation.__c = {};
    for (const field of plan.fields)
      relation.__c[field.responseKey] = shapeRelationChild(compiled[field.responseKey], field.plan);
  }
  return relation;
}

function shapeRelationChild(raw: unknown, plan: RelationChildPlan): unknown {
  switch (plan.kind) {
    case 'endpoint':
      return shapeEntity(raw, plan.entity);
    case 'sources':
      return (raw as unknown[]).map((e) => shapeEntity(e, plan.entity));
    case 'sourceCount':
    case 'citationCount':
      return Number(raw);
    case 'evidence':
      return (raw as Raw[]).map((citation) => shapeCitation(citation, plan.citation));
  }
}

function shapeCitation(raw: Raw, plan: CitationPlan) {
  const seed = typeof raw.seed === 'string' ? raw.seed : null;
  const offset = typeof raw.offset === 'number' ? raw.offset : null;
  return {
    quote: String(raw.quote),
    seedFile: seed,
    offset,
    locator: seed !== null ? `${seed}@${offset ?? 0}` : null,
    cursor: encodeCursor('citation', [Number(raw.position ?? 0)]),
    __c: Object.fromEntries(
      plan.sources.map((source) => [
        source.responseKey,
        shapeEntity(raw.__c?.[source.responseKey], source.entity),
      ]),
    ),
  };
}
