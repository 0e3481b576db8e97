// Reconciliation candidates: the API's own search ({{SEARCH_HITS}}, cypher/fragments/search-hits)
// and, for each hit, what property constraints are checked against: its dates and the places
// it is linked to by a domain relation ({{TYPES}}) in either direction.
{{SEARCH_HITS}}
RETURN node {
  .id, .name, .kind, .aliases, .description, .born, .died, .date, .enacted, .repealed, .founded, .dissolved,
  places: COLLECT {
    MATCH (node)-[:{{TYPES}}]-(p:Place)
    WITH DISTINCT p ORDER BY p.id
    RETURN p {.id, .name, .aliases}
  }
} AS entity, tier, ranked
