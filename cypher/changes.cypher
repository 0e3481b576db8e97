// The change records, newest first, optionally of one target or by one actor, paged.
MATCH (c:Change)
WHERE ($targetId IS NULL OR c.targetId = $targetId) AND ($actor IS NULL OR c.actor = $actor)
WITH c ORDER BY c.at DESC, c.id
WITH collect(c) AS found
RETURN size(found) AS total, [c IN found[$skip..($skip + $limit)] | properties(c)] AS page
