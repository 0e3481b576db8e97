// An entity and the entities within $depth (1 to 3) hops, nearest first, at most $limit, with
// every relation among them. {{TYPES}} are whitelisted.
// Ring by ring rather than min(length(p)) over all paths: that enumerated every path up to the
// depth (through a law or camp with thousands of people, millions of them) before the limit
// applied. Here each ring stops expanding once it holds $limit distinct nodes, so the work is
// bounded by the limit, not by the size of the graph. Which nodes of the outermost ring are
// kept when it holds more than the limit is the store's expansion order.
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[:{{TYPES}}]-(n:Entity)
  WHERE n <> c
  WITH DISTINCT n LIMIT $limit
  RETURN collect(n) AS ring1
}
CALL (c, ring1) {
  UNWIND CASE WHEN $depth >= 2 AND size(ring1) < $limit THEN ring1 ELSE [] END AS m
  MATCH (m)-[:{{TYPES}}]-(n:Entity)
  WHERE n <> c AND NOT n IN ring1
  WITH DISTINCT n LIMIT $limit
  RETURN collect(n) AS ring2
}
CALL (c, ring1, ring2) {
  UNWIND CASE WHEN $depth >= 3 AND size(ring1) + size(ring2) < $limit THEN ring2 ELSE [] END AS m
  MATCH (m)-[:{{TYPES}}]-(n:Entity)
  WHERE n <> c AND NOT n IN ring1 AND NOT n IN ring2
  WITH DISTINCT n LIMIT $limit
  RETURN collect(n) AS ring3
}
WITH [c] + (ring1 + ring2 + ring3)[..$limit] AS members
// The edges only when the request selects them ($withEdges): each carries its evidence.
CALL (members) {
  UNWIND CASE WHEN $withEdges THEN members ELSE [] END AS a
  MATCH (a)-[r:{{TYPES}}]->(b:Entity)
  WHERE b IN members
    AND ($certainties IS NULL OR r.certainty IN $certainties)
  RETURN collect({{RELATION}}) AS edges
}
// Search keys are left out (null): derived from name and aliases for the index, never shown.
RETURN [n IN members | n {.*, searchKeys: null, translitKeys: null}] AS nodes, edges
