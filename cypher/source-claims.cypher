// Every relation that a source attests (cites as evidence), for many sources at once.
UNWIND $ids AS sourceId
CALL (sourceId) {
  MATCH (:Entity {id: sourceId})<-[:FROM_SOURCE]-(c:Citation)
  WITH DISTINCT c.relationId AS relationId, c.fromId AS fromId
  MATCH (a:Entity {id: fromId})-[r:{{TYPES}}]->(:Entity)
  WHERE r.id = relationId
    AND ($certainties IS NULL OR r.certainty IN $certainties)
  WITH r ORDER BY r.id
  WITH collect(r) AS matching
  RETURN size(matching) AS total, [r IN matching[$skip..($skip + $limit)] | {{RELATION}}] AS page
}
RETURN sourceId AS entityId, total, page
