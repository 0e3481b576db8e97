// Number of relations (of the domain types) of each entity, for sizing nodes in a drawing.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, COUNT { (e)-[:{{TYPES}}]-(:Entity) } AS degree
