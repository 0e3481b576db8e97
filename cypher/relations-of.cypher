// The relations of many entities at once, filtered and paged per entity: one round trip for a
// whole nesting level. {{PATTERN}} is (e)-[r:TYPES]->(o), (e)<-[r:TYPES]-(o) or (e)-[r:TYPES]-(o)
// with whitelisted types; {{RELATION}} is fragments/relation-projection.
UNWIND $ids AS entityId
MATCH (e:Entity {id: entityId})
CALL (e) {
  MATCH {{PATTERN}}
  WHERE o:Entity
    AND ($certainties IS NULL OR r.certainty IN $certainties)
    AND ($since IS NULL OR (r.dateLatest IS NULL AND $includeUndated) OR r.dateLatest >= $since)
    AND ($until IS NULL OR (r.dateEarliest IS NULL AND $includeUndated) OR r.dateEarliest <= $until)
  WITH r ORDER BY coalesce(r.dateEarliest, '9999-12-31'), r.id
  WITH collect(r) AS matching
  RETURN size(matching) AS total, [r IN matching[$skip..($skip + $limit)] | {{RELATION}}] AS page
}
RETURN entityId, total, page
