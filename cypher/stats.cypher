// Counts per entity kind and relation type, relations that lack evidence (should be 0) and the
// citations of the relations that reads return.
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
// Citations are counted through the relations they support, so that those of retracted
// relations (kept in the graph as history) are not counted as evidence.
CALL () {
  MATCH (:Entity)-[r:{{TYPES}}]->(:Entity)
  WITH COUNT { MATCH (c:Citation {relationId: r.id}) } AS cited
  RETURN sum(CASE WHEN cited = 0 THEN 1 ELSE 0 END) AS relationsWithoutEvidence, sum(cited) AS citations
}
// The head of the change log, for the release version (src/graph/release-version.ts).
CALL () {
  OPTIONAL MATCH (c:Change)
  WITH c ORDER BY c.at DESC, c.id DESC
  RETURN count(c) AS changes, collect(c.id)[0] AS newest
}
RETURN entities, relations, relationsWithoutEvidence, citations, changes, newest
