/**
 * For a check over every item of an answer's list: an empty list would pass any such check, so
 * the list must hold at least one item first.
 */
export function nonEmpty<T>(items: readonly T[]): readonly T[] {
  expect(items.length).toBeGreaterThan(0);
  return items;
}
