// Upserts the relations of one type ({{TYPE}} is whitelisted); properties are replaced whole.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:{{TYPE}} {id: row.id}]->(b)
SET r = row.props
