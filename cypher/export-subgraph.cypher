// An entity and everything within {{DEPTH}} hops (a validated integer) over the domain types
// {{TYPES}} that the relation filters ({{FILTER}}, all off when their parameters are null)
// keep, with every kept relation among them, in id order; no rows when the id is unknown.
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)(()-[r:{{TYPES}}]-() WHERE {{FILTER}}){1,{{DEPTH}}}(n:Entity)
  RETURN collect(DISTINCT n) AS others
}
UNWIND [c] + [n IN others WHERE n <> c] AS m
WITH m ORDER BY m.id
WITH collect(m) AS members
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r:{{TYPES}}]->(b:Entity)
  WHERE b IN members AND {{FILTER}}
  WITH r ORDER BY r.id
  RETURN collect({{EDGE}}) AS edges
}
RETURN [n IN members | properties(n)] AS nodes, edges
