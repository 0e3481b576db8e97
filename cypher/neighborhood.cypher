// An entity and the entities within {{DEPTH}} hops (nearest first, at most $limit), with every
// relation among them. {{TYPES}} are whitelisted, {{DEPTH}} a validated integer.
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH p = (c)-[:{{TYPES}}]-{1,{{DEPTH}}}(n:Entity)
  WHERE n <> c
  WITH n, min(length(p)) AS hops
  ORDER BY hops, n.id
  LIMIT $limit
  RETURN collect(n) AS others
}
WITH [c] + others AS members
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r:{{TYPES}}]->(b:Entity)
  WHERE b IN members
    AND ($certainties IS NULL OR r.certainty IN $certainties)
  RETURN collect({{RELATION}}) AS edges
}
RETURN [n IN members | properties(n)] AS nodes, edges
