/**
 * One statement for each root read field, built from its plan. Each returns one row (or none
 * where the root entity does not exist) holding the whole answer of the field.
 */
import { cypher } from '../db/cypher-files';
import { typeAlternation } from '../db/cypher-identifiers';
import { PlanOf, RootPlan } from '../planning/read-plan';
import { SearchParameters } from '../planning/search-parameters';
import { connection, entityProjection, filterPredicates, relationProjection } from './read-projections';
import { pathsStatement } from './paths-statement';
import { mapKey, Statement, StatementBuilder } from './statement-builder';

function entityStatement(plan: PlanOf<'entity'>): Statement {
  const b = new StatementBuilder();
  const e = b.variable('e');
  return b.build(
    `MATCH (${e}:Entity {id: ${b.param(plan.id)}}) RETURN ${entityProjection(b, e, plan.entity)} AS result`,
  );
}

/** Places by id, for drawing them: every value (kinds, located, first) a parameter. */
function placesStatement(plan: PlanOf<'places'>): Statement {
  const b = new StatementBuilder();
  const p = b.variable('e');
  const kinds = b.param(plan.placeKinds);
  const located = b.param(plan.located);
  return b.build(
    `MATCH (${p}:Place) WHERE (${kinds} IS NULL OR ${p}.placeKind IN ${kinds}) AND (${located} IS NULL OR (${p}.lat IS NOT NULL) = ${located}) WITH ${p} ORDER BY ${p}.id LIMIT ${b.param(plan.first)} RETURN collect(${entityProjection(b, p, plan.entity)}) AS result`,
  );
}

function relationsOfStatement(plan: PlanOf<'relationsOf'>): Statement {
  const b = new StatementBuilder();
  const e = b.variable('e');
  return b.build(
    `MATCH (${e}:Entity {id: ${b.param(plan.id)}}) RETURN ${connection(b, plan.connection, e)} AS result`,
  );
}

function weakRelationsStatement(plan: PlanOf<'weakRelations'>): Statement {
  const b = new StatementBuilder();
  return b.build(`RETURN ${connection(b, plan.connection, null)} AS result`);
}

function relationStatement(plan: PlanOf<'relation'>): Statement {
  const b = new StatementBuilder();
  const r = b.variable('r');
  const id = b.param(plan.id);
  // A relation's id begins with its start entity's id, which the index finds.
  return b.build(
    `MATCH (:Entity {id: split(${id}, '>')[0]})-[${r}:${typeAlternation(null)}]->() WHERE ${r}.id = ${id} RETURN ${relationProjection(b, r, plan.relation)} AS result`,
  );
}

/** Search's fixed part (cypher/fragments/search-hits) yields `node, ranked`, best first. */
function searchStatement(plan: PlanOf<'search'>, search: SearchParameters): Statement {
  const b = new StatementBuilder();
  for (const [name, value] of Object.entries(search)) b.named(name, value);
  const entities = plan.entities.map(
    (view) => `${mapKey(view.responseKey)}: ${entityProjection(b, 'node', view.entity)}`,
  );
  return b.build(
    `${cypher('fragments/search-hits')}\nRETURN collect({score: ranked, __c: {${entities.join(', ')}}}) AS result`,
  );
}

/**
 * The neighbourhood ring by ring, under the same relation filters as traversals and, when
 * asked, only through entities of the given kinds. Ring by ring rather than min(length(p)) over
 * all paths: that enumerated every path up to the depth (through a law or camp with thousands
 * of people, millions of them) before the limit applied. Each ring stops expanding once it
 * holds `limit` distinct nodes, so the work is bounded by the limit, not by the graph; which
 * nodes of the outermost ring are kept when it holds more is the store's expansion order.
 * The centre plus every ring found, when more than `limit`, says the answer was cut.
 */
function neighborhoodStatement(plan: PlanOf<'neighborhood'>): Statement {
  const b = new StatementBuilder();
  const limit = b.param(plan.limit);
  const depth = b.param(plan.depth);
  const kinds = plan.kinds !== undefined ? b.param(plan.kinds) : null;
  const step = (from: string, to: string, ...fixed: string[]) => {
    const r = b.variable('r');
    const predicates = [
      ...fixed,
      ...filterPredicates(b, r, plan.filter),
      ...(kinds !== null ? [`(${kinds} IS NULL OR ${to}.kind IN ${kinds})`] : []),
    ];
    return `MATCH (${from})-[${r}:${typeAlternation(null)}]-(${to}:Entity) WHERE ${predicates.join(' AND ')}`;
  };
  const nodes = plan.nodes.map(
    (view) => `${mapKey(view.responseKey)}: [n IN members | ${entityProjection(b, 'n', view.entity)}]`,
  );
  const edges = plan.edges.map((view) => {
    const r = b.variable('r');
    const predicates = [`z IN members`, ...filterPredicates(b, r, plan.filter)];
    return `${mapKey(view.responseKey)}: COLLECT { UNWIND members AS a MATCH (a)-[${r}:${typeAlternation(null)}]->(z:Entity) WHERE ${predicates.join(' AND ')} WITH ${r} ORDER BY ${r}.id RETURN ${relationProjection(b, r, view.relation)} }`;
  });
  const text = `MATCH (c:Entity {id: ${b.param(plan.id)}})
CALL (c) {
  ${step('c', 'n', 'n <> c')}
  WITH DISTINCT n LIMIT ${limit}
  RETURN collect(n) AS ring1
}
CALL (c, ring1) {
  UNWIND CASE WHEN ${depth} >= 2 AND size(ring1) < ${limit} THEN ring1 ELSE [] END AS m
  ${step('m', 'n', 'n <> c', 'NOT n IN ring1')}
  WITH DISTINCT n LIMIT ${limit}
  RETURN collect(n) AS ring2
}
CALL (c, ring1, ring2) {
  UNWIND CASE WHEN ${depth} >= 3 AND size(ring1) + size(ring2) < ${limit} THEN ring2 ELSE [] END AS m
  ${step('m', 'n', 'n <> c', 'NOT n IN ring1', 'NOT n IN ring2')}
  WITH DISTINCT n LIMIT ${limit}
  RETURN collect(n) AS ring3
}
WITH 1 + size(ring1) + size(ring2) + size(ring3) AS reached, [c] + (ring1 + ring2 + ring3)[..${limit} - 1] AS members
RETURN {reached: reached${plan.memberIds ? ', ids: [n IN members | n.id]' : ''}, __c: {${[...nodes, ...edges].join(', ')}}} AS result`;
  return b.build(text);
}

export function readStatement(plan: RootPlan, search?: SearchParameters): Statement {
  switch (plan.kind) {
    case 'entity':
      return entityStatement(plan);
    case 'relationsOf':
      return relationsOfStatement(plan);
    case 'places':
      return placesStatement(plan);
    case 'weakRelations':
      return weakRelationsStatement(plan);
    case 'relation':
      return relationStatement(plan);
    case 'search':
      if (!search) throw new Error('search needs its parameters');
      return searchStatement(plan, search);
    case 'neighborhood':
      return neighborhoodStatement(plan);
    case 'paths':
      return pathsStatement(plan);
  }
}
