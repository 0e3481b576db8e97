MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[:{{TYPES}}]-(n:Entity)
  WHERE n <> c
  WITH DISTINCT n LIMIT $limit
  RETURN collect(n) AS ring1
}
CALL (c, ring1) {
  UNWIND CASE WHEN size(ring1) < $limit THEN ring1 ELSE [] END AS m
  MATCH (m)-[:{{TYPES}}]-(n:Entity)
  WHERE n <> c AND NOT n IN ring1
  WITH DISTINCT n LIMIT $limit
  RETURN collect(n) AS ring2
}
UNWIND (ring1 + ring2)[..$limit] AS n
RETURN n
