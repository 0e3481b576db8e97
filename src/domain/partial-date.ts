/**
 * Dates as the texts give them: EDTF strings ("1933-09", "1945/1950", "193X") parsed by the
 * edtf library, with the earliest and latest calendar day they can mean, for range filters.
 */
import edtf from 'edtf';

export interface PartialDate {
  edtf: string;
  /** First day the date can mean, YYYY-MM-DD, or null for an open start. */
  earliest: string | null;
  /** Last day the date can mean, YYYY-MM-DD, or null for an open end. */
  latest: string | null;
}

function isoDay(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  // Years outside 0000-9999 print as "+010000-..." or "-000001-...": no calendar day we store.
  const iso = new Date(ms).toISOString();
  return /^\d{4}-/.test(iso) ? iso.slice(0, 10) : null;
}

/** Throws with the parser's reason when the string is not EDTF. */
export function parsePartialDate(value: string): PartialDate {
  let parsed: { min: number; max: number };
  try {
    parsed = edtf(value) as { min: number; max: number };
  } catch {
    throw new Error(`"${value}" is not an EDTF date (examples: 1933, 1933-09, 1945/1950, 193X, 1930~)`);
  }
  return { edtf: value, earliest: isoDay(parsed.min), latest: isoDay(parsed.max) };
}
