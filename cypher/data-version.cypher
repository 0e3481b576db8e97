// The current data version (see data-version-bump.cypher); "initial" before any write or load.
OPTIONAL MATCH (v:DataVersion {id: 'graph'})
RETURN coalesce(v.epoch + ':' + toString(v.version), 'initial') AS tag
