MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a)-[:{{TYPES}}]-{1,4}(b)
RETURN [n IN nodes(p) | n {.id, .name}] AS nodes,
  [r IN relationships(p) | {
    id: r.id,
    type: type(r),
    evidence: COLLECT {
      MATCH (c:Citation {relationId: r.id})-[:FROM_SOURCE]->(s:Entity)
      RETURN c {.quote, source: s {.id, .name}} AS citation ORDER BY c.position
    }
  }] AS relations
