{
  id: r.id,
  type: type(r),
  from: startNode(r).id,
  to: endNode(r).id,
  props: properties(r),
  sources: COLLECT {
    MATCH (:Citation {relationId: r.id})-[:FROM_SOURCE]->(s:Entity)
    WITH DISTINCT s ORDER BY s.id
    RETURN s {.id, .name}
  },
  quotes: CASE WHEN $quotes THEN COLLECT {
    MATCH (q:Citation {relationId: r.id})
    WITH q ORDER BY q.id
    RETURN q.quote
  } ELSE [] END
}
