// Applies a patch to an entity locked by entity-lock; a null in $set removes that property.
MATCH (e:Entity {id: $id})
SET e += $set
RETURN properties(e) AS entity
