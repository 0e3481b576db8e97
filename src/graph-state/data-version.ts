/**
 * The data version: one tag that changes with every committed API write and every load, and
 * only then. Whatever is derived from the whole graph (statistics, whole-graph exports and
 * their ETags) is kept per tag and recomputed only when it moves. The tag lives in the graph
 * (a `:DataVersion` node) and is moved on in the write's or load's own transaction, so it
 * is right for every API process and CLI load on the same database, and a write that rolls
 * back leaves it as it was.
 */
import { cypher } from '../db/cypher-files';
import { Database, QueryCounter, WriteTransaction } from '../db/database';

/** Moves the version on inside `tx`; the new tag. Called by every write and every load. */
export async function bumpDataVersion(tx: WriteTransaction): Promise<string> {
  const [row] = await tx.run(cypher('data-version-bump'));
  return String(row?.tag);
}

/** The current tag: an index lookup of one node. */
export async function readDataVersion(db: Database, counter?: QueryCounter): Promise<string> {
  const [row] = await db.read(cypher('data-version'), {}, counter);
  return String(row?.tag);
}
