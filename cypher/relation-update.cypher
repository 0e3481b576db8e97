// Applies a patch to a relation locked by relation-lock; a null in $set removes that property.
MATCH (:Entity {id: split($id, '>')[0]})-[r:{{TYPES}}]->(:Entity)
WHERE r.id = $id
SET r += $set
RETURN properties(r) AS relation
