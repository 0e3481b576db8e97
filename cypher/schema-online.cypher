// How many of the named indexes (constraints are backed by an index of the same name) are online.
SHOW INDEXES YIELD name, state
WHERE name IN $names AND state = 'ONLINE'
RETURN count(*) AS online
