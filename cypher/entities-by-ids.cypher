// Entities by id (createEntity asks whether the id is taken; reads are planned, see src/planning).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
// Name keys are left out (null): derived from name and aliases for the indexes, never shown.
RETURN e {.*, searchKeys: null, bareKeys: null, translitKeys: null} AS entity
