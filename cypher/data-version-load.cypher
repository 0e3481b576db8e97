// A load of data/ moves the data version on (see data-version.cypher), in the load's transaction.
MERGE (v:DataVersion {id: 'graph'})
SET v.loads = coalesce(v.loads, 0) + 1, v.loadedAt = datetime.transaction()
RETURN v.loads AS loads
