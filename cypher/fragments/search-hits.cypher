// Full-text search over names, aliases and transliteration keys: rows `node, ranked`, best
// first; the read builder appends what the request selects of each hit. An exact (folded) name or
// alias outranks a partial or fuzzy hit; then Lucene's own score decides.
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $candidates}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score + CASE WHEN $folded IN node.searchKeys THEN 100.0 ELSE 0.0 END AS ranked
ORDER BY ranked DESC, node.name
LIMIT $first
