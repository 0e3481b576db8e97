// Constraints and indexes, applied (idempotently) before any load and at every start.
// Every entity node carries the label Entity and a unique, stable id.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT citation_id IF NOT EXISTS FOR (c:Citation) REQUIRE c.id IS UNIQUE;
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX citation_relation IF NOT EXISTS FOR (c:Citation) ON (c.relationId);
// Search over the folded names and aliases (case and diacritics already removed by
// src/domain/name-keys.ts) and their transliteration keys ("Jagoda" finds "Yagoda"). The
// analyzer keeps stop words, so "The", "of" and "No." in a name can be matched. It replaces
// entity_names, whose 'standard-folding' analyzer dropped them: existing databases migrate here.
DROP INDEX entity_names IF EXISTS;
CREATE FULLTEXT INDEX entity_name_words IF NOT EXISTS FOR (e:Entity) ON EACH [e.searchKeys, e.translitKeys]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
// Each folded name as one term, with and without its little words: the exact-name lookup of
// search, which finds every entity bearing a name however many others match it partly.
CREATE FULLTEXT INDEX entity_name_keys IF NOT EXISTS FOR (e:Entity) ON EACH [e.searchKeys, e.bareKeys]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false } };
// The change records of API writes, listed per target and newest first.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_target IF NOT EXISTS FOR (c:Change) ON (c.targetId);
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
// A write retried with the same idempotency key by the same editor is applied once: the key
// is stored on the write's change record (records without a key are not constrained).
CREATE CONSTRAINT change_idempotency_key IF NOT EXISTS FOR (c:Change) REQUIRE (c.actor, c.idempotencyKey) IS UNIQUE;
// The one data version node (src/graph/data-version.ts).
CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (v:DataVersion) REQUIRE v.id IS UNIQUE;
