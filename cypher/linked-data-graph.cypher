// The whole graph as linked data: every entity, every domain relation ({{TYPES}}, so never
// retracted ones) with its citations ({{RELATION}}), in id order so the document is stable.
CALL () {
  MATCH (n:Entity)
  WITH n ORDER BY n.id
  RETURN collect(properties(n)) AS entities
}
CALL () {
  MATCH (:Entity)-[r:{{TYPES}}]->(:Entity)
  WITH r ORDER BY r.id
  RETURN collect({{RELATION}}) AS relations
}
RETURN entities, relations
