// Entities by id, for a whole nesting level at once.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN properties(e) AS entity
