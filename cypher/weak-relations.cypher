// Relations that rest on few sources or on uncertain evidence: the ones to corroborate first.
MATCH (:Entity)-[r:{{TYPES}}]->(:Entity)
WITH r, COUNT { MATCH (c:Citation {relationId: r.id}) RETURN DISTINCT c.sourceId } AS sources
WHERE sources <= $maxSources OR r.certainty IN $certainties
WITH r, sources ORDER BY sources, r.id
WITH collect(r) AS matching
RETURN size(matching) AS total, [r IN matching[$skip..($skip + $limit)] | {{RELATION}}] AS page
