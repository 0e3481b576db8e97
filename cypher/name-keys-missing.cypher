// Entities stored before the name keys had their present shape (bareKeys came with the
// entity_name_keys index), a batch at a time: their keys are derived again at start.
MATCH (e:Entity) WHERE e.bareKeys IS NULL
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases
LIMIT $batch
