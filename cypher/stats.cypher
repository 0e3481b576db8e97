// Counts per entity kind and relation type, and relations that lack evidence (should be 0).
CALL () {
  MATCH (e:Entity)
  WITH e.kind AS kind, count(*) AS count ORDER BY kind
  RETURN collect({kind: kind, count: count}) AS entities
}
CALL () {
  MATCH (:Entity)-[r:{{TYPES}}]->(:Entity)
  WITH type(r) AS type, count(*) AS count ORDER BY type
  RETURN collect({type: type, count: count}) AS relations
}
CALL () {
  MATCH (:Entity)-[r:{{TYPES}}]->(:Entity)
  WHERE NOT EXISTS { MATCH (c:Citation {relationId: r.id}) }
  RETURN count(r) AS relationsWithoutEvidence
}
CALL () {
  MATCH (c:Citation)
  RETURN count(c) AS citations
}
RETURN entities, relations, relationsWithoutEvidence, citations
