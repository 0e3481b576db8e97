// Full-text search over names, aliases and their transliteration keys: rows `node, ranked` in
// rank order, to which the read builder appends what the request selects of each hit. Every
// entity bearing the typed name (folded) first, then those bearing it once the little words
// are left out of both, then the word query's hits by Lucene's score; of equal scores (prefix
// matches score alike), the entity with the shortest name containing the text ("Bekht" finds
// "Bekhterev" before "Letter of ... to Vladimir Bekhterev"). The exact lookups have no limit,
// so no number of partial matches can push a bearer of the name out of the answer.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_name_keys', $exactName) YIELD node
  RETURN node, 2 AS tier, 0.0 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_name_keys', $exactBare) YIELD node
  RETURN node, 1 AS tier, 0.0 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_name_words', $words, {limit: $candidates}) YIELD node, score
  RETURN node, 0 AS tier, score
}
WITH node, tier, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, max(tier) AS tier, max(score) AS score
WITH node, tier, score, reduce(shortest = 1000000, key IN node.searchKeys | CASE WHEN key CONTAINS $folded AND size(key) < shortest THEN size(key) ELSE shortest END) AS closest
// The score shows the rank: Lucene's (unbounded) score is squeezed below 100, the tier on top.
WITH node, tier, score, closest, tier * 100.0 + 100.0 * score / (score + 10.0) AS ranked
ORDER BY tier DESC, score DESC, closest, node.name, node.id
LIMIT $first
