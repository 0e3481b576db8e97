/**
 * Keyset cursors: a cursor carries the sort key of the last item of a page, so the next page
 * starts right after it, costs what the first page costs, and does not shift when items are
 * added or removed before it. Each list names its sort in the cursor, so a cursor of one list
 * is refused by another.
 */
import { badInput } from '../api-errors';

/** The sort of a list, and the types of its key's parts. */
export type CursorSort = 'relation' | 'claim' | 'weak' | 'citation';

const KEY_SHAPES: Record<CursorSort, readonly ('string' | 'number')[]> = {
  relation: ['string', 'string'],
  claim: ['string'],
  weak: ['number', 'string'],
  citation: ['number'],
};

export function encodeCursor(sort: CursorSort, key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify([sort, ...key])).toString('base64url');
}

export function decodeCursor(
  sort: CursorSort,
  cursor: string | null | undefined,
  argument = 'after',
): unknown[] | null {
  if (cursor === null || cursor === undefined) return null;
  const refuse = () =>
    badInput(argument, 'is not a cursor of this list returned by this API (use pageInfo.endCursor)');
  if (cursor.length > 1000) throw refuse();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  const shape = KEY_SHAPES[sort];
  if (!Array.isArray(parsed) || parsed[0] !== sort || parsed.length !== shape.length + 1) throw refuse();
  const key = parsed.slice(1);
  if (
    !key.every((part, i) => typeof part === shape[i] && (typeof part !== 'number' || Number.isFinite(part)))
  )
    throw refuse();
  return key;
}
