// What adding a relation depends on, read under the start entity's lock: both endpoints and
// their kinds, and whether the id is taken (by a live or a retracted relation).
OPTIONAL MATCH (a:Entity {id: $from})
SET a._lock = true
REMOVE a._lock
WITH a
OPTIONAL MATCH (b:Entity {id: $to})
RETURN a.kind AS fromKind, b.kind AS toKind,
  a IS NOT NULL AND b IS NOT NULL AND EXISTS { MATCH (a)-[r]->(b) WHERE r.id = $id } AS taken
