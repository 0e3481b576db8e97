/**
 * Keyset cursors: a cursor returned by a list comes back as the key it was made from, and a
 * cursor of another list, a forged or a damaged one is refused naming the argument.
 */
import { decodeCursor, encodeCursor } from '../../src/planning/cursors';

describe('keyset cursors', () => {
  it('decode to the key they were made from', () => {
    expect(decodeCursor('relation', encodeCursor('relation', ['person:a', 'person:a>X>law:b']))).toEqual([
      'person:a',
      'person:a>X>law:b',
    ]);
    expect(decodeCursor('weak', encodeCursor('weak', [2, 'r1']))).toEqual([2, 'r1']);
  });

  it('mean "from the start" when absent', () => {
    expect(decodeCursor('claim', null)).toBeNull();
    expect(decodeCursor('claim', undefined)).toBeNull();
  });

  it.each([
    ['a cursor of another list', encodeCursor('claim', ['x'])],
    [
      'a cursor naming another list, its key shaped as this one',
      Buffer.from('["relation",2,"r1"]').toString('base64url'),
    ],
    ['a key of the wrong shape', encodeCursor('weak', ['2', 'r1'])],
    ['a key of the wrong length', encodeCursor('citation', [1, 2])],
    ['an infinite number', Buffer.from('["citation",1e999]').toString('base64url')],
    ['text that is no cursor', 'not a cursor'],
    ['an oversized cursor', 'a'.repeat(1001)],
  ])('refuse %s, naming the argument', (_what, cursor) => {
    expect(() => decodeCursor('weak', cursor, 'evidence.after')).toThrow(
      /^evidence\.after: is not a cursor of this list/,
    );
  });
});
