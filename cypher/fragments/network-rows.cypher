// One row per kept relation `r` from `a` to `b`, in id order so the measures are reproducible.
WITH a, b, r ORDER BY r.id
RETURN a.id AS from, a.name AS fromName, a.kind AS fromKind, b.id AS to, b.name AS toName, b.kind AS toKind, r.certainty AS certainty
