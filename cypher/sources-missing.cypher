// Which of the cited source ids name no source in the graph.
RETURN [sid IN $sourceIds WHERE NOT EXISTS { MATCH (s:Source {id: sid}) }] AS missing
