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
  }
}
