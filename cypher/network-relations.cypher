// The relations of the whole graph that the evidence filters ({{FILTER}}) keep, over the domain
// types {{TYPES}}, for the network measures (src/measures).
MATCH (a:Entity)-[r:{{TYPES}}]->(b:Entity)
WHERE {{FILTER}}
{{ROWS}}
