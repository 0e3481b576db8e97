// The whole graph for the file exports: every entity and every domain relation ({{TYPES}}, so
// never the Citation links nor retracted relations) that the relation filters ({{FILTER}}, all
// off when their parameters are null) keep, in id order so the files are stable. Citations
// become attributes of their relation ({{EDGE}}), never nodes.
MATCH (n:Entity)
WITH n ORDER BY n.id
WITH collect(n) AS members
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r:{{TYPES}}]->(:Entity)
  WHERE {{FILTER}}
  WITH r ORDER BY r.id
  RETURN collect({{EDGE}}) AS edges
}
RETURN [n IN members | properties(n)] AS nodes, edges
