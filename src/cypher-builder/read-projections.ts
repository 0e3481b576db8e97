/**
 * Cypher expressions for the parts of a read plan: an entity with its planned traversals, a
 * relation with its endpoints and evidence, a page of relations. Nested traversals are subquery
 * expressions that filter, order and page inside themselves, so a law with a hundred thousand
 * convictions costs a top-k sort of them, never a list of them all.
 */
import { relationshipTypes, typeAlternation } from '../db/cypher-identifiers';
import { NAME_KEY_PROPERTIES } from '../domain/name-keys';
import { MAX_NEIGHBOURS } from '../planning/entity-traversals';
import { dateBound } from '../planning/argument-checks';
import {
  CitationPlan,
  ClaimsSource,
  ConnectionPlan,
  TraversalDirection,
  EntityChildPlan,
  EntityFieldPlan,
  EntityPlan,
  RelationChildPlan,
  RelationFilterPlan,
  RelationPlan,
  RelationsSource,
  WeakSource,
} from '../planning/read-plan';
import { kindLiteral, mapKey, propertyKey, StatementBuilder } from './statement-builder';

/** Name keys are derived from names for the search indexes, never shown. */
const HIDDEN = NAME_KEY_PROPERTIES.map((key) => `${key}: null`).join(', ');

/** The sort of relation lists: dated first, earliest first, then by id (stable across pages). */
export const RELATION_SORT_KEY = (r: string) => `coalesce(${r}.dateEarliest, '9999-12-31')`;

function map(entries: string[]): string {
  return `{${entries.join(', ')}}`;
}

export function entityProjection(b: StatementBuilder, e: string, plan: EntityPlan): string {
  const compiled = plan.fields.map(
    (field) => `${mapKey(field.responseKey)}: ${entityField(b, e, plan, field)}`,
  );
  const properties =
    plan.properties === null
      ? `.*, ${HIDDEN}`
      : plan.properties.map((name) => `.${propertyKey(name)}`).join(', ');
  return `${e} {${properties}${compiled.length > 0 ? `, __c: ${map(compiled)}` : ''}}`;
}

/** An entity projected where only an expression, not a variable, holds it (startNode(r)). */
export function entityProjectionOf(b: StatementBuilder, expression: string, plan: EntityPlan): string {
  const e = b.variable('e');
  return `head([${e} IN [${expression}] | ${entityProjection(b, e, plan)}])`;
}

function entityField(b: StatementBuilder, e: string, plan: EntityPlan, field: EntityFieldPlan): string {
  const [only] = field.variants;
  if (field.variants.length === 1 && only && only.kinds.length === plan.kinds.length)
    return entityChild(b, e, only.plan);
  const branches = field.variants.map(
    (v) => `WHEN ${e}.kind IN [${v.kinds.map(kindLiteral).join(', ')}] THEN ${entityChild(b, e, v.plan)}`,
  );
  return `CASE ${branches.join(' ')} END`;
}

function entityChild(b: StatementBuilder, e: string, plan: EntityChildPlan): string {
  switch (plan.kind) {
    case 'degree':
      return `COUNT { (${e})-[:${typeAlternation(null)}]-() }`;
    case 'neighbours': {
      const r = b.variable('r');
      const o = b.variable('n');
      const pattern =
        plan.direction === 'OUT'
          ? `(${e})-[${r}:${relationshipTypes(plan.types)}]->(${o}:Entity)`
          : `(${e})<-[${r}:${relationshipTypes(plan.types)}]-(${o}:Entity)`;
      const list = `COLLECT { MATCH ${pattern} WITH ${r}, ${o} ORDER BY ${RELATION_SORT_KEY(r)}, ${r}.id LIMIT ${plan.single ? 1 : MAX_NEIGHBOURS} RETURN ${entityProjection(b, o, plan.entity)} }`;
      return plan.single ? `head(${list})` : list;
    }
    case 'connection':
      return connection(b, plan, e);
  }
}

function arrow(e: string, r: string, types: string, direction: TraversalDirection): string {
  if (direction === 'OUT') return `(${e})-[${r}:${types}]->()`;
  if (direction === 'IN') return `(${e})<-[${r}:${types}]-()`;
  return `(${e})-[${r}:${types}]-()`;
}

/**
 * Predicates of a relation filter. Each is written when the document writes its argument and
 * guarded for a null value, so the text follows the document, never the values; an unfiltered
 * count stays the node's stored degree.
 */
export function filterPredicates(b: StatementBuilder, r: string, filter: RelationFilterPlan): string[] {
  const predicates: string[] = [];
  const includeUndated = () => b.param(filter.includeUndated);
  if (filter.types !== undefined) {
    const p = b.param(filter.types);
    predicates.push(`(${p} IS NULL OR type(${r}) IN ${p})`);
  }
  if (filter.certainties !== undefined) {
    const p = b.param(filter.certainties);
    predicates.push(`(${p} IS NULL OR ${r}.certainty IN ${p})`);
  }
  if (filter.bases !== undefined) {
    // Loaded relations without a basis rest on the text they cite.
    const p = b.param(filter.bases);
    predicates.push(`(${p} IS NULL OR coalesce(${r}.basis, 'TEXT') IN ${p})`);
  }
  if (filter.since !== undefined) {
    const p = b.param(dateBound(filter.since, 'start'));
    predicates.push(
      `(${p} IS NULL OR (${r}.dateLatest IS NULL AND ${includeUndated()}) OR ${r}.dateLatest >= ${p})`,
    );
  }
  if (filter.until !== undefined) {
    const p = b.param(dateBound(filter.until, 'end'));
    predicates.push(
      `(${p} IS NULL OR (${r}.dateEarliest IS NULL AND ${includeUndated()}) OR ${r}.dateEarliest <= ${p})`,
    );
  }
  return predicates;
}

function where(predicates: string[]): string {
  return predicates.length > 0 ? ` WHERE ${predicates.join(' AND ')}` : '';
}

/** How a connection finds its relations: the MATCH (and WHERE) that binds `r`, and r's sort key. */
interface Matching {
  match: (r: string) => string;
  sortKey: (r: string) => string[];
  /** A bare pattern, which a COUNT subquery answers from the node's stored degree when unfiltered. */
  bare: boolean;
}

function relationsMatching(b: StatementBuilder, e: string, source: RelationsSource): Matching {
  // Fixed types are the field's own (shape); chosen types are a parameter over all domain types.
  const types = typeAlternation(source.fixedTypes);
  return {
    match: (r) =>
      `MATCH ${arrow(e, r, types, source.direction)}${where(filterPredicates(b, r, source.filter))}`,
    sortKey: (r) => [RELATION_SORT_KEY(r), `${r}.id`],
    bare: true,
  };
}

function claimsMatching(b: StatementBuilder, e: string, source: ClaimsSource): Matching {
  return {
    match: (r) => {
      const c = b.variable('c');
      const certainty = source.certainties !== undefined ? b.param(source.certainties) : null;
      const predicates = [`${r}.id = ${c}_relation`];
      if (certainty !== null) predicates.push(`(${certainty} IS NULL OR ${r}.certainty IN ${certainty})`);
      return `MATCH (${e})<-[:FROM_SOURCE]-(${c}:Citation) WITH DISTINCT ${c}.relationId AS ${c}_relation, ${c}.fromId AS ${c}_from MATCH (:Entity {id: ${c}_from})-[${r}:${typeAlternation(null)}]->()${where(predicates)}`;
    },
    sortKey: (r) => [`${r}.id`],
    bare: false,
  };
}

function weakMatching(b: StatementBuilder, source: WeakSource): Matching {
  return {
    match: (r) => {
      const predicates =
        source.types !== undefined
          ? filterPredicates(b, r, { types: source.types, includeUndated: true })
          : [];
      const sources = `${r}_sources`;
      const c = b.variable('c');
      return `MATCH ()-[${r}:${typeAlternation(null)}]->()${where(predicates)} WITH ${r}, COUNT { MATCH (${c}:Citation {relationId: ${r}.id}) RETURN DISTINCT ${c}.sourceId } AS ${sources} WHERE ${sources} <= ${b.param(source.maxSources)} OR ${r}.certainty IN ${b.param(source.certainties)}`;
    },
    sortKey: (r) => [`${r}_sources`, `${r}.id`],
    bare: false,
  };
}

/**
 * A page of relations: `{total, page: [{k: sort key, v: [one projection per view]}]}`, one
 * item more than asked for, which tells whether a next page exists.
 */
export function connection(b: StatementBuilder, plan: ConnectionPlan, e: string | null): string {
  const source = plan.source;
  const matching =
    source.kind === 'relations' && e !== null
      ? relationsMatching(b, e, source)
      : source.kind === 'claims' && e !== null
        ? claimsMatching(b, e, source)
        : source.kind === 'weak'
          ? weakMatching(b, source)
          : null;
  if (matching === null) throw new Error(`A ${source.kind} connection needs an entity`);
  const entries: string[] = [];
  if (plan.totalCount) {
    const r = b.variable('r');
    entries.push(`total: COUNT { ${matching.match(r)}${matching.bare ? '' : ` RETURN ${r}`} }`);
  }
  const r = b.variable('r');
  const key = `[${matching.sortKey(r).join(', ')}]`;
  const after = plan.after !== undefined ? b.param(plan.after) : null;
  const keyset = after !== null ? ` WITH * WHERE ${after} IS NULL OR ${key} > ${after}` : '';
  const views = plan.views.map((view) => relationProjection(b, r, view));
  // Sort keys and the item after the page are read only for documents that ask for cursors or
  // pageInfo: in a nested traversal the extra item is a whole extra subtree at every level.
  const item = map([...(plan.cursors ? [`k: ${key}`] : []), `v: [${views.join(', ')}]`]);
  entries.push(
    `page: COLLECT { ${matching.match(r)}${keyset} WITH * ORDER BY ${matching.sortKey(r).join(', ')} LIMIT ${b.param(plan.lookAhead ? plan.first + 1 : plan.first)} RETURN ${item} }`,
  );
  return map(entries);
}

export function relationProjection(b: StatementBuilder, r: string, plan: RelationPlan): string {
  const compiled = plan.fields.map(
    (field) => `${mapKey(field.responseKey)}: ${relationChild(b, r, field.plan)}`,
  );
  const all = plan.properties === null;
  const entries: string[] = [];
  if (plan.id || all) entries.push(`id: ${r}.id`);
  if (plan.type || all) entries.push(`type: type(${r})`);
  if (plan.properties === null) entries.push(`props: properties(${r})`);
  else if (plan.properties.length > 0)
    entries.push(`props: ${r} {${plan.properties.map((name) => `.${propertyKey(name)}`).join(', ')}}`);
  if (compiled.length > 0) entries.push(`__c: ${map(compiled)}`);
  return map(entries);
}

function relationChild(b: StatementBuilder, r: string, plan: RelationChildPlan): string {
  switch (plan.kind) {
    case 'endpoint':
      return entityProjectionOf(b, plan.end === 'from' ? `startNode(${r})` : `endNode(${r})`, plan.entity);
    case 'sourceCount': {
      const s = b.variable('s');
      return `COUNT { MATCH (:Citation {relationId: ${r}.id})-[:FROM_SOURCE]->(${s}:Entity) RETURN DISTINCT ${s} }`;
    }
    case 'citationCount':
      return `COUNT { (:Citation {relationId: ${r}.id}) }`;
    case 'sources': {
      const s = b.variable('s');
      return `COLLECT { MATCH (:Citation {relationId: ${r}.id})-[:FROM_SOURCE]->(${s}:Entity) WITH DISTINCT ${s} ORDER BY ${s}.id RETURN ${entityProjection(b, s, plan.entity)} }`;
    }
    case 'evidence':
      return evidence(b, r, plan.first, plan.after, plan.citation);
  }
}

function evidence(
  b: StatementBuilder,
  r: string,
  first: number,
  after: number | null | undefined,
  plan: CitationPlan,
): string {
  const c = b.variable('c');
  const s = b.variable('s');
  const afterParam = after !== undefined ? b.param(after) : null;
  const paging = afterParam !== null ? ` WHERE ${afterParam} IS NULL OR ${c}.position > ${afterParam}` : '';
  const sources = plan.sources.map(
    (source) => `${mapKey(source.responseKey)}: ${entityProjection(b, s, source.entity)}`,
  );
  const projection = `${c} {.quote, .seed, .offset, .position${sources.length > 0 ? `, __c: ${map(sources)}` : ''}}`;
  return `COLLECT { MATCH (${c}:Citation {relationId: ${r}.id})-[:FROM_SOURCE]->(${s}:Entity)${paging} WITH ${c}, ${s} ORDER BY ${c}.position LIMIT ${b.param(first)} RETURN ${projection} }`;
}
