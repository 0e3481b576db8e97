// Sample people for the operations: each with a conviction and an imprisonment, and for the
// path operation a fellow prisoner of the same camp (so the pair is connected in two hops).
// The id index is on :Entity; matching on :Person {id} would scan every person.
UNWIND $ids AS id
MATCH (p:Entity {id: id})
WHERE p:Person AND EXISTS { (p)-[:CONVICTED_UNDER]->() }
CALL (p) {
  MATCH (p)-[:IMPRISONED_AT]->(camp:Entity)<-[:IMPRISONED_AT]-(other:Person)
  WHERE other <> p
  RETURN other.id AS partner
  LIMIT 1
}
RETURN p.id AS id, p.name AS name, partner
ORDER BY id
