// Takes the entity's write lock before reading it, so the version compared next is the one
// committed last (a plain read could see a value another writer is about to replace).
MATCH (e:Entity {id: $id})
SET e._lock = true
REMOVE e._lock
RETURN properties(e) AS entity
