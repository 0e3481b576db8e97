/**
 * Change records: every API write leaves one `:Change` node (who, when, what before, what
 * after) written in the write's own transaction, and they are listed newest first.
 */
import { apiError, DomainError, ErrorCode } from '../api-errors';
import { Actor } from '../auth/api-tokens';
import { cypher } from '../db/cypher-files';
import { Database, QueryCounter, WriteTransaction } from '../db/database';
import { NAME_KEY_PROPERTIES } from '../domain/name-keys';
import { bumpDataVersion } from '../graph-state/data-version';
import { Props } from './row-mapping';

/** An offset page of the newest-first change log. */
export interface Page {
  skip: number;
  limit: number;
}

// RESET_BY_LOAD: a load told to let data/ win undid a curator's edit (see load-dataset.ts).
export const CHANGE_ACTIONS = [
  'CREATE_ENTITY',
  'UPDATE_ENTITY',
  'ADD_RELATION',
  'UPDATE_RELATION',
  'RETRACT_RELATION',
  'RESET_BY_LOAD',
] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

export interface ChangeInput {
  actor: string;
  action: ChangeAction;
  targetKind: 'ENTITY' | 'RELATION';
  targetId: string;
  version: number;
  before: Props | null;
  after: Props | null;
  reason?: string | null;
  /** The editor's key for safe retries (see priorChange). */
  idempotencyKey?: string | null;
}

/** Who writes, with the idempotency key of this write when the client gave one. */
export type Author = Actor & { idempotencyKey?: string | null };

/** A recorded change: what was asked for, with its id, its time and a reason that may be null. */
export interface ChangeObject extends Omit<ChangeInput, 'reason'> {
  id: string;
  at: string;
  reason: string | null;
}

/** Search keys are derived from name and aliases; the record shows what a curator wrote. */
const DERIVED = new Set<string>(NAME_KEY_PROPERTIES);

function recorded(props: Props | null): string | null {
  if (props === null) return null;
  return JSON.stringify(
    Object.fromEntries(
      Object.entries(props)
        .filter(([key]) => !DERIVED.has(key))
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
  );
}

/**
 * Runs a write that may carry an idempotency key. Two sends of one keyed write can run side by
 * side (a client that retries before the first answer): the one that commits second meets the
 * first one's entity, lock or version as CONFLICT. Run once more, it finds the first one's
 * change record and returns its outcome; a conflict with anyone else's write stays CONFLICT.
 */
export async function idempotently<T>(author: Author, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const conflict =
      error instanceof DomainError &&
      error.code === ErrorCode.CONFLICT &&
      error.details.argument !== 'idempotencyKey';
    if (!author.idempotencyKey || !conflict) throw error;
    return write();
  }
}

/** Records an API write's change and moves the data version on, in the write's transaction. */
export async function recordChange(tx: WriteTransaction, change: ChangeInput): Promise<string> {
  const [id] = await recordChanges(tx, [change]);
  await bumpDataVersion(tx);
  return String(id);
}

/** Several change records in one statement (see load-dataset.ts); their ids in order. */
export async function recordChanges(
  tx: WriteTransaction,
  changes: readonly ChangeInput[],
): Promise<string[]> {
  if (changes.length === 0) return [];
  const rows = await tx.run(cypher('change-record'), {
    changes: changes.map((change) => ({
      ...change,
      before: recorded(change.before),
      after: recorded(change.after),
      reason: change.reason ?? null,
      idempotencyKey: change.idempotencyKey ?? null,
    })),
  });
  return rows.map((row) => String(row.id));
}

function changeObject(c: Props): ChangeObject {
  return {
    ...(c as unknown as ChangeObject),
    before: typeof c.before === 'string' ? (JSON.parse(c.before) as Props) : null,
    after: typeof c.after === 'string' ? (JSON.parse(c.after) as Props) : null,
    reason: typeof c.reason === 'string' ? c.reason : null,
  };
}

/**
 * The change `author` already made with this write's idempotency key, or null (no key, or not
 * used yet): a retry of a write that did commit gets that write's outcome instead of applying
 * it again. Run first in the write's transaction. A key used for another write is CONFLICT.
 */
export async function priorChange(
  tx: WriteTransaction,
  author: Author,
  expected: { action: ChangeAction; targetId: string },
): Promise<ChangeObject | null> {
  if (!author.idempotencyKey) return null;
  const [row] = await tx.run(cypher('change-by-idempotency-key'), {
    actor: author.name,
    key: author.idempotencyKey,
  });
  if (!row) return null;
  const change = changeObject(row.change as Props);
  if (change.action !== expected.action || change.targetId !== expected.targetId) {
    throw apiError(
      ErrorCode.CONFLICT,
      `idempotencyKey: you used this key for ${change.action} of "${change.targetId}" (${change.at}); a different write needs a new key.`,
      { argument: 'idempotencyKey', changeId: change.id },
    );
  }
  return change;
}

export async function listChanges(
  db: Database,
  filter: { targetId: string | null; actor: string | null },
  page: Page,
  counter?: QueryCounter,
): Promise<{ total: number; changes: ChangeObject[] }> {
  const [row] = await db.read(cypher('changes'), { ...filter, skip: page.skip, limit: page.limit }, counter);
  const changes = ((row?.page as Props[] | undefined) ?? []).map(changeObject);
  return { total: Number(row?.total ?? 0), changes };
}
