// person -> laws (5) -> others convicted under each (20, earliest first) -> their camps (5).
MATCH (p:Entity {id: $id})
CALL (p) {
  MATCH (p)-[r1:CONVICTED_UNDER]->(law:Entity)
  WITH r1, law ORDER BY coalesce(r1.dateEarliest, '9999-12-31'), r1.id LIMIT 5
  CALL (law) {
    MATCH (law)<-[r2:CONVICTED_UNDER]-(other:Entity)
    WITH r2, other ORDER BY coalesce(r2.dateEarliest, '9999-12-31'), r2.id LIMIT 20
    CALL (other) {
      MATCH (other)-[r3:IMPRISONED_AT]->(place:Entity)
      WITH r3, place ORDER BY coalesce(r3.dateEarliest, '9999-12-31'), r3.id LIMIT 5
      RETURN collect(place {.id, .name}) AS places
    }
    RETURN collect(other {.id, .name, places: places}) AS convicted
  }
  RETURN collect(law {.id, .name, convicted: convicted}) AS laws
}
RETURN p.id AS id, p.name AS name, laws
