// Citations written through the API, each linked to its source (checked to exist beforehand).
UNWIND $rows AS row
MATCH (s:Source {id: row.source})
CREATE (c:Citation)
SET c = row.props
CREATE (c)-[:FROM_SOURCE]->(s)
RETURN count(c) AS created
