// The entities on the shortest connection between two entities, as the peer's shortestPath gives them.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a)-[:{{TYPES}}]-{1,4}(b)
RETURN [n IN nodes(p) | n {.id, .kind, .name}] AS nodes
