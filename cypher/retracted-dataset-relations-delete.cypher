// When a load is told to let data/ win, a retracted dataset relation that data/ still holds
// comes back live; its retracted copy goes (its content is kept in the change record).
MATCH (:Entity)-[x:RETRACTED]->(:Entity)
WHERE x.origin = 'dataset' AND x.id IN $ids
DELETE x
RETURN count(x) AS deleted
