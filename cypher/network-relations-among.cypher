// The relations among $members (a neighbourhood's entity ids) that the evidence filters
// ({{FILTER}}) keep, over the domain types {{TYPES}}, for the network measures (src/measures).
MATCH (a:Entity) WHERE a.id IN $members
MATCH (a)-[r:{{TYPES}}]->(b:Entity)
WHERE b.id IN $members AND {{FILTER}}
{{ROWS}}
