// A relation with both endpoints and its evidence, for {{RELATION}} slots. Endpoints and
// sources leave out their search keys (derived for the index, never shown); a map projection
// needs a variable, hence [n IN [startNode(r)] | ...][0].
{
  id: r.id,
  type: type(r),
  props: properties(r),
  from: [n IN [startNode(r)] | n {.*, searchKeys: null, translitKeys: null}][0],
  to: [n IN [endNode(r)] | n {.*, searchKeys: null, translitKeys: null}][0],
  evidence: COLLECT {
    MATCH (c:Citation {relationId: r.id})-[:FROM_SOURCE]->(s:Entity)
    RETURN c {.quote, .seed, .offset, .position, source: s {.*, searchKeys: null, translitKeys: null}} AS citation ORDER BY c.position
  }
}
