// The evidence filters of the network measures and the exports over `r`, each off when its parameter is null:
// the same conditions as the API's relation filters (src/cypher-builder/read-projections.ts),
// here with every parameter always present so the statement has one text.
($types IS NULL OR type(r) IN $types)
AND ($certainties IS NULL OR r.certainty IN $certainties)
AND ($bases IS NULL OR coalesce(r.basis, 'TEXT') IN $bases)
AND ($since IS NULL OR (r.dateLatest IS NULL AND $includeUndated) OR r.dateLatest >= $since)
AND ($until IS NULL OR (r.dateEarliest IS NULL AND $includeUndated) OR r.dateEarliest <= $until)
