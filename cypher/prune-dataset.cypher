// Removes what an earlier load of the dataset wrote and the current dataset no longer holds,
// so that the graph equals the dataset after every load. Items written through the API
// (origin other than 'dataset') are left alone, and so are retractions: a retracted relation
// that data/ no longer holds is history both agree on.
CALL {
  OPTIONAL MATCH (:Entity)-[x:RETRACTED]->(:Entity)
  WITH collect(x.id) AS retracted
  MATCH (c:Citation {origin: 'dataset'}) WHERE NOT c.id IN $citationIds AND NOT c.relationId IN retracted
  DETACH DELETE c
}
CALL {
  MATCH (:Entity)-[r]->(:Entity) WHERE r.origin = 'dataset' AND type(r) <> 'RETRACTED' AND NOT r.id IN $relationIds
  DELETE r
}
CALL {
  MATCH (e:Entity {origin: 'dataset'}) WHERE NOT e.id IN $entityIds
  DETACH DELETE e
}
RETURN 1 AS done
