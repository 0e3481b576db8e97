// Relations by id. The id begins with the id of the start entity, which the index finds.
UNWIND $ids AS relationId
MATCH (a:Entity {id: split(relationId, '>')[0]})-[r:{{TYPES}}]->(:Entity)
WHERE r.id = relationId
RETURN relationId, {{RELATION}} AS relation
