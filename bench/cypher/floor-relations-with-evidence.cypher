MATCH (e:Entity {id: $id})-[r:CONVICTED_UNDER|IMPRISONED_AT|BORN_IN|LIVED_AT|DIED_AT|RELATIVE_OF]->(o:Entity)
WITH r, o ORDER BY coalesce(r.dateEarliest, '9999-12-31'), r.id LIMIT 50
RETURN r.id AS id, type(r) AS type, r.certainty AS certainty, r.date AS date, o {.id, .name} AS to,
  COLLECT {
    MATCH (c:Citation {relationId: r.id})-[:FROM_SOURCE]->(s:Entity)
    RETURN c {.quote, .seed, .offset, source: s {.id, .name}} AS citation ORDER BY c.position
  } AS evidence
