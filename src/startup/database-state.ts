/**
 * Whether the database holds any entity yet: `npm start` loads data/ only into an empty one,
 * so curators' edits are never overwritten by a restart.
 */
import { cypher } from '../db/cypher-files';
import { Database } from '../db/database';

export async function databaseIsEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read(cypher('entity-count'));
  return Number(row?.entities ?? 0) === 0;
}
