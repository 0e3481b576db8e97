// Creates one relation written through the API; {{TYPE}} is a whitelisted relationship type.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
CREATE (a)-[r:{{TYPE}}]->(b)
SET r = $props
RETURN properties(r) AS relation
