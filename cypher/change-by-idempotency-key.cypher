// The change an editor already made with this idempotency key (the unique constraint
// change_idempotency_key makes it at most one).
MATCH (c:Change {actor: $actor, idempotencyKey: $key})
RETURN c {.id, .at, .actor, .action, .targetKind, .targetId, .version, .before, .after, .reason} AS change
