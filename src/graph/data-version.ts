/**
 * The data version: a token that changes with every API write and every load of data/, so
 * anything derived from the whole graph (the file exports) can be kept until it changes.
 */
import { cypher } from '../db/cypher-files';
import { Database, WriteTransaction } from '../db/database';

export async function readDataVersion(db: Database): Promise<string> {
  const [row] = await db.read(cypher('data-version'));
  return `${String(row?.changes ?? 0)}.${String(row?.loads ?? 0)}.${String(row?.newestChange ?? '-')}`;
}

/** Run by a load, inside its transaction. */
export async function countLoad(tx: WriteTransaction): Promise<void> {
  await tx.run(cypher('data-version-load'));
}
