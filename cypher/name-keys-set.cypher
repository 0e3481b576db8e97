// Derived keys only: neither the version nor the change trail moves, as no curator wrote this.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.searchKeys = row.searchKeys, e.bareKeys = row.bareKeys, e.translitKeys = row.translitKeys
