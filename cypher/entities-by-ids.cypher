// Entities by id, for a whole nesting level at once.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
// Search keys are left out (null): derived from name and aliases for the index, never shown.
RETURN e {.*, searchKeys: null, translitKeys: null} AS entity
