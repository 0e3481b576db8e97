// The relations of many entities at once, filtered and paged per entity: one round trip for a
// whole nesting level. {{PATTERN}} is (e)-[r:TYPES]->(o), (e)<-[r:TYPES]-(o) or (e)-[r:TYPES]-(o)
// with whitelisted types; {{FILTER}} is empty or a WHERE of fixed predicates on $certainties,
// $since and $until (relation-queries.ts); {{RELATION}} is fragments/relation-projection.
// The total and the page are computed apart, not as one collected list sliced: with no filter
// the total is the node's stored degree (getDegree), and the page is a top-k sort that never holds all of a
// law's or a camp's hundred thousand relations at once.
UNWIND $ids AS entityId
MATCH (e:Entity {id: entityId})
WITH entityId, e, COUNT { MATCH {{PATTERN}} {{FILTER}} } AS total
CALL (e) {
  MATCH {{PATTERN}}
  {{FILTER}}
  WITH r ORDER BY coalesce(r.dateEarliest, '9999-12-31'), r.id
  SKIP $skip LIMIT $limit
  RETURN collect({{RELATION}}) AS page
}
RETURN entityId, total, page
