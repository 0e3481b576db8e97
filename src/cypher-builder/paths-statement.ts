/**
 * The one statement of `paths`: the shortest routes between two entities that pass the filters
 * and avoid what the request excludes, ranked by the certainty of their hops.
 */
import { typeAlternation } from '../db/cypher-identifiers';
import { CERTAINTY_WEIGHTS } from '../measures/certainty-weights';
import { MAX_PATH_HOPS } from '../planning/argument-checks';
import { PlanOf } from '../planning/read-plan';
import { entityProjection, filterPredicates, relationProjection } from './read-projections';
import { mapKey, Statement, StatementBuilder } from './statement-builder';

/**
 * How many of the shortest walks are ranked: the answer is the surest `first` of them. Ranking
 * every path up to maxHops would enumerate millions through a law or a camp; a fixed count keeps
 * the text independent of `first` and bounds the work.
 */
export const PATH_CANDIDATES = 30;

/**
 * Neo4j 5.26 takes no quantifier bounds as parameters, so maxHops (validated) is written into the
 * text: at most MAX_PATH_HOPS texts per shape. Everything else is a parameter.
 *
 * Every hop passes the evidence filters and leads either to `to` or to an entity the request
 * does not exclude (by id, as a vague place, or by degree, the same count as Entity.degree).
 * A route visits no entity twice. Of walks along the same entities through parallel relations
 * only the surest is kept. A path's score is the product of its hops' certainty weights (the
 * measures' one scale, CERTAINTY_WEIGHTS): best first, then shorter, then by entity ids.
 */
export function pathsStatement(plan: PlanOf<'paths'>): Statement {
  const b = new StatementBuilder();
  const from = b.param(plan.from);
  const to = b.param(plan.to);
  const types = typeAlternation(null);
  // Like the evidence filters, an exclusion is in the text only where the document writes it: a
  // predicate on every expanded entity costs the search a property read even when it keeps all.
  const { excludeTypes, excludeIds, placeKinds, maxDegree } = plan.avoid;
  const hop = filterPredicates(b, 'h', plan.filter);
  if (excludeTypes !== undefined) hop.push(`NOT type(h) IN ${b.param(excludeTypes)}`);
  const kinds = b.param(placeKinds);
  const passable = [`(size(${kinds}) = 0 OR NOT coalesce(y.placeKind IN ${kinds}, false))`];
  if (excludeIds !== undefined) passable.push(`NOT y.id IN ${b.param(excludeIds)}`);
  if (maxDegree !== undefined) {
    const cap = b.param(maxDegree);
    passable.push(`(${cap} IS NULL OR COUNT { (y)-[:${types}]-() } <= ${cap})`);
  }
  hop.push(`(y.id = ${to} OR (${passable.join(' AND ')}))`);
  const hops = `{1,${boundedHops(plan.maxHops)}}`;
  const acyclic = `all(i IN range(0, size(y) - 2) WHERE NOT y[i] IN y[i + 1..]) AND NOT a IN y`;
  const weights = b.param(CERTAINTY_WEIGHTS);
  const nodes = plan.nodes.map(
    (view) => `${mapKey(view.responseKey)}: [n IN nodes(p) | ${entityProjection(b, 'n', view.entity)}]`,
  );
  const relations = plan.relations.map(
    (view) =>
      `${mapKey(view.responseKey)}: [r IN relationships(p) | ${relationProjection(b, 'r', view.relation)}]`,
  );
  const pattern = `((a)((x)-[h:${types}]-(y) WHERE ${hop.join(' AND ')})${hops}(b) WHERE ${acyclic})`;
  const surest = b.param(plan.surest);
  const first = b.param(plan.first);
  // Shortest first needs only every route of the least length (one breadth of the search), and
  // the next lengths only when those are fewer than `first`; surest first ranks the candidates.
  // Both are in every text, chosen by a parameter, so the ranking is not part of the shape.
  const text = `OPTIONAL MATCH (a:Entity {id: ${from}})
OPTIONAL MATCH (b:Entity {id: ${to}})
CALL (a, b) {
  WITH * WHERE NOT ${surest}
  MATCH p = SHORTEST 1 GROUPS ${pattern}
  RETURN collect(p) AS nearest, count(DISTINCT [n IN nodes(p) | n.id]) AS nearestRoutes
}
CALL (a, b, nearestRoutes) {
  WITH * WHERE ${surest} OR nearestRoutes < ${first}
  MATCH p = SHORTEST ${PATH_CANDIDATES} ${pattern}
  RETURN collect(p) AS candidates
}
CALL (nearest, candidates) {
  UNWIND nearest + candidates AS p
  WITH p, reduce(s = 1.0, r IN relationships(p) | s * ${weights}[r.certainty]) AS score
  WITH p, score, [n IN nodes(p) | n.id] AS route ORDER BY score DESC, [r IN relationships(p) | r.id]
  WITH route, head(collect(p)) AS p, max(score) AS score
  WITH p, score ORDER BY CASE WHEN ${surest} THEN -score ELSE length(p) END, CASE WHEN ${surest} THEN length(p) ELSE -score END, route LIMIT ${first}
  RETURN collect({length: length(p), score: score, __c: {${[...nodes, ...relations].join(', ')}}}) AS paths
}
RETURN {fromFound: a IS NOT NULL, toFound: b IS NOT NULL, paths: paths} AS result`;
  return b.build(text);
}

function boundedHops(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > MAX_PATH_HOPS)
    throw new Error(`bound ${value} outside 1..${MAX_PATH_HOPS}`);
  return String(value);
}
