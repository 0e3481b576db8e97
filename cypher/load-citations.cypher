// Upserts citations and links each to its source; a link to a former source is removed.
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MERGE (c:Citation {id: row.props.id})
SET c = row.props
WITH c, s
OPTIONAL MATCH (c)-[old:FROM_SOURCE]->(other)
WHERE other <> s
DELETE old
MERGE (c)-[:FROM_SOURCE]->(s)
