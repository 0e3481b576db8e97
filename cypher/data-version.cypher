// What the graph's data version is made of: every API write creates a change record (so their
// count and the newest one's time move on each write), and every load of data/ counts itself on
// the DataVersion node. Both are cheap: a count from the count store, one index-ordered row.
MATCH (c:Change)
WITH count(c) AS changes
OPTIONAL MATCH (newest:Change) WHERE newest.at IS NOT NULL
WITH changes, newest ORDER BY newest.at DESC LIMIT 1
OPTIONAL MATCH (v:DataVersion {id: 'graph'})
RETURN changes, toString(newest.at) AS newestChange, coalesce(v.loads, 0) AS loads
