// One entity for its linked-data page: its properties, its domain relations ({{TYPES}}) in both
// directions with their citations ({{RELATION}}), and the names of the entities they reach.
// No row for an unknown id.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r:{{TYPES}}]-(:Entity)
  WITH DISTINCT r ORDER BY r.id
  RETURN collect({{RELATION}}) AS relations
}
CALL (relations) {
  UNWIND relations AS relation
  UNWIND [relation.from, relation.to] AS id
  WITH DISTINCT id
  MATCH (n:Entity {id: id})
  RETURN collect(n {.id, .name, .kind}) AS neighbours
}
RETURN properties(e) AS entity, relations, neighbours
