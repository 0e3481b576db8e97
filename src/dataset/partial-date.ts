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
  const iso = new Date(ms).toISOString();
  return ms < Date.UTC(0, 0, 1) || ms >= Date.UTC(10000, 0, 1) ? null : iso.slice(0, 10);
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
