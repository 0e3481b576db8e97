// Change records, one per write, created in the write's own transaction: they commit with the
// write or not at all. before/after are JSON texts of the properties (null for none). A list,
// so that a load undoing many curator edits records them in one statement. idempotencyKey is
// the editor's key for retries (null: none, and the property is not stored).
UNWIND $changes AS change
CREATE (c:Change {
  id: randomUUID(),
  at: datetime.transaction(),
  actor: change.actor,
  action: change.action,
  targetKind: change.targetKind,
  targetId: change.targetId,
  version: change.version,
  before: change.before,
  after: change.after,
  reason: change.reason,
  idempotencyKey: change.idempotencyKey
})
RETURN c.id AS id
