// The dataset's own items that curators changed through the API since the last load: an update
// or a retraction sets `version`, a load writes items without one. $relationIds: the ids data/
// holds now; a retraction of a relation data/ no longer holds agrees with data/ and is not one.
CALL {
  MATCH (e:Entity {origin: 'dataset'}) WHERE e.version IS NOT NULL
  RETURN 'ENTITY' AS targetKind, e.id AS id, false AS retracted, e.version AS version, properties(e) AS props
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity)
  WHERE r.origin = 'dataset' AND r.version IS NOT NULL AND (type(r) <> 'RETRACTED' OR r.id IN $relationIds)
  RETURN 'RELATION' AS targetKind, r.id AS id, type(r) = 'RETRACTED' AS retracted, r.version AS version, properties(r) AS props
}
RETURN targetKind, id, retracted, version, props
ORDER BY targetKind, id
