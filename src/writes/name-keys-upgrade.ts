/**
 * Brings the name keys of entities stored by an older version up to date at start, so that a
 * database loaded before the exact-name index finds every entity without a reload (a reload
 * would refuse, or undo curators' edits).
 */
import { cypher } from '../db/cypher-files';
import { Database } from '../db/database';
import { nameKeys } from '../domain/name-keys';

/** Entities per transaction: small enough for the default time limit on a large graph. */
const BATCH = 5_000;

/** Derives the keys of every entity that lacks them; returns how many were updated. */
export async function upgradeNameKeys(db: Database): Promise<number> {
  let updated = 0;
  for (;;) {
    const missing = await db.read(cypher('name-keys-missing'), { batch: BATCH });
    if (missing.length === 0) return updated;
    const rows = missing.map((row) => ({
      id: row.id,
      ...nameKeys(String(row.name), row.aliases as string[]),
    }));
    await db.write(cypher('name-keys-set'), { rows });
    updated += rows.length;
  }
}
