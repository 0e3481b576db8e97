// Constraints and indexes, applied (idempotently) before any load and at every start.
// Every entity node carries the label Entity and a unique, stable id.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT citation_id IF NOT EXISTS FOR (c:Citation) REQUIRE c.id IS UNIQUE;
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX citation_relation IF NOT EXISTS FOR (c:Citation) ON (c.relationId);
// Names, aliases and their transliteration keys, case- and diacritic-insensitive
// ("Stajner" finds "Štajner"; "Jagoda" finds "Yagoda").
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases, e.translitKeys]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
// The change records of API writes, listed per target and newest first.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_target IF NOT EXISTS FOR (c:Change) ON (c.targetId);
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
// A write retried with the same idempotency key by the same editor is applied once: the key
// is stored on the write's change record (records without a key are not constrained).
CREATE CONSTRAINT change_idempotency_key IF NOT EXISTS FOR (c:Change) REQUIRE (c.actor, c.idempotencyKey) IS UNIQUE;
// The one data version node (src/graph/data-version.ts).
CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (v:DataVersion) REQUIRE v.id IS UNIQUE;
