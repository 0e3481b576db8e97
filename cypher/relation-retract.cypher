// Retracts a relation without deleting what it said: it becomes a RETRACTED relationship
// (outside the vocabulary, so no read returns it) that keeps every property, its original
// type and who retracted it why; its citations stay. {{TYPES}} are the domain's types.
MATCH (a:Entity {id: split($id, '>')[0]})-[r:{{TYPES}}]->(b:Entity)
WHERE r.id = $id
CREATE (a)-[x:RETRACTED]->(b)
SET x = properties(r)
SET x.originalType = type(r), x.version = $version, x.retractedBy = $actor, x.retractedAt = datetime.transaction(), x.reason = $reason
DELETE r
RETURN properties(x) AS relation
