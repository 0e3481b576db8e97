// The k shortest connections between two entities over the domain relation types; the hop
// bound {{MAX_HOPS}} is a validated integer and {{TYPES}} whitelisted types.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = SHORTEST {{K}} (a)-[:{{TYPES}}]-{1,{{MAX_HOPS}}}(b)
// Search keys are left out (null): derived from name and aliases for the index, never shown.
RETURN [n IN nodes(p) | n {.*, searchKeys: null, translitKeys: null}] AS nodes, [r IN relationships(p) | {{RELATION}}] AS relations
ORDER BY length(p)
