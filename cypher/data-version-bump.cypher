// Moves the data version on, in the transaction of a write or a load, so that it commits with
// the change or not at all. The epoch is drawn once, when the node is first made: a database
// wiped and loaded again starts a new epoch, so its versions never repeat an older one's.
MERGE (v:DataVersion {id: 'graph'})
  ON CREATE SET v.epoch = randomUUID(), v.version = 0
SET v.version = v.version + 1
RETURN v.epoch + ':' + toString(v.version) AS tag
