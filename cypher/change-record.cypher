// One change record per write, created in the write's own transaction: it commits with the
// write or not at all. before/after are JSON texts of the properties (null for none).
CREATE (c:Change {
  id: randomUUID(),
  at: datetime.transaction(),
  actor: $actor,
  action: $action,
  targetKind: $targetKind,
  targetId: $targetId,
  version: $version,
  before: $before,
  after: $after,
  reason: $reason
})
RETURN c.id AS id
