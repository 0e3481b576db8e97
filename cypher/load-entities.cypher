// Upserts the entities of one kind; {{LABEL}} is a whitelisted kind label and {{OTHER_LABELS}}
// the other kind labels, removed in case an entity changed kind between loads.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e = row.props
SET e:{{LABEL}}
REMOVE e:{{OTHER_LABELS}}
