// Takes a relation's write lock before reading it (see entity-lock). The id begins with the
// start entity's id, which the index finds; {{TYPES}} are the domain's types.
MATCH (:Entity {id: split($id, '>')[0]})-[r:{{TYPES}}]->(:Entity)
WHERE r.id = $id
SET r._lock = true
REMOVE r._lock
RETURN properties(r) AS relation, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to,
  COUNT { MATCH (c:Citation {relationId: r.id}) } AS citations
