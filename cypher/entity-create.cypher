// Creates one entity written through the API; {{LABEL}} is a whitelisted kind label. The
// entity_id constraint refuses a second node with the same id, even from a concurrent writer.
CREATE (e:Entity:{{LABEL}})
SET e = $props
RETURN properties(e) AS entity
