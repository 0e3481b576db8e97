// The floor of neighborhood2: the rings of the API's statement, nodes only, written by hand
// ($limit nodes besides the centre).
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
WITH [c] + (ring1 + ring2)[..$limit] AS members
RETURN [n IN members | n {.id, .kind, .name}] AS nodes
