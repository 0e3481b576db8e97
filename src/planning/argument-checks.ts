/**
 * Checks of read arguments before any database work: each refusal names the argument and the
 * limit (BAD_USER_INPUT).
 */
import { badInput, requireRange } from '../api-errors';
import { MAX_CITATIONS_PER_RELATION } from '../writes/relation-writes';

export const MAX_PAGE_SIZE = 500;
/** As many citations as one relation may have (the write cap), so one page can hold them all. */
export const MAX_EVIDENCE_PAGE = MAX_CITATIONS_PER_RELATION;
export const MAX_SEARCH_RESULTS = 100;
export const MAX_SEARCH_TEXT = 200;
export const MAX_PATH_HOPS = 6;
export const MAX_PATHS = 10;
/** `paths(maxDegree:)` at most: far above any entity's degree, so a cap that caps nothing is still accepted. */
export const MAX_DEGREE_CAP = 1_000_000;
export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const MAX_NEIGHBORHOOD_NODES = 2000;
export const MAX_PLACES = 2000;

export { requireRange };

const DATE_BOUND = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(2000 + (year % 400), month, 0)).getUTCDate();
}

/** A date bound of a filter: YYYY, YYYY-MM or YYYY-MM-DD, and a date that exists. */
export function checkDateBound(argument: string, value: string | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  const match = DATE_BOUND.exec(value);
  const month = match?.[2] === undefined ? 1 : Number(match[2]);
  const day = match?.[3] === undefined ? 1 : Number(match[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(Number(match[1]), month)) {
    throw badInput(
      argument,
      `must be a real date written YYYY, YYYY-MM or YYYY-MM-DD, got "${value.slice(0, 40)}"`,
    );
  }
  return value;
}

/** "1933" -> "1933-01-01" as a lower bound, "1933-12-31" as an upper one; full dates pass through. */
export function dateBound(value: string | null, end: 'start' | 'end'): string | null {
  if (value === null) return null;
  if (/^\d{4}$/.test(value)) return end === 'start' ? `${value}-01-01` : `${value}-12-31`;
  if (/^\d{4}-\d{2}$/.test(value)) return end === 'start' ? `${value}-01` : `${value}-31`;
  return value;
}

export function checkSearchText(text: string): void {
  if (text.trim() === '') throw badInput('text', 'must not be empty');
  if (text.length > MAX_SEARCH_TEXT)
    throw badInput('text', `must be at most ${MAX_SEARCH_TEXT} characters`, { max: MAX_SEARCH_TEXT });
}
