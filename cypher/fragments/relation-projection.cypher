{
  id: r.id,
  type: type(r),
  props: properties(r),
  from: properties(startNode(r)),
  to: properties(endNode(r)),
  evidence: COLLECT {
    MATCH (c:Citation {relationId: r.id})-[:FROM_SOURCE]->(s:Entity)
    RETURN c {.quote, .seed, .offset, .position, source: properties(s)} AS citation ORDER BY c.position
  }
}
