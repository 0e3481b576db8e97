{
  id: r.id,
  type: type(r),
  from: startNode(r).id,
  to: endNode(r).id,
  props: properties(r),
  citations: COLLECT {
    MATCH (c:Citation {relationId: r.id})
    RETURN c {.id, .sourceId, .quote, .seed, .offset, .position} ORDER BY c.position, c.id
  }
}
