/**
 * How a date is stored on a node or relationship: its EDTF text under the field's name, and the
 * first and last day it can mean beside it (`bornEarliest`, `bornLatest`), which date filters
 * compare. The loader, the writes and the row mapping all go through here.
 */
import type { PartialDate } from './partial-date';

type Properties = Readonly<Record<string, unknown>>;

export function dateProperties(field: string, date: PartialDate | null): Record<string, string | null> {
  return {
    [field]: date?.edtf ?? null,
    [`${field}Earliest`]: date?.earliest ?? null,
    [`${field}Latest`]: date?.latest ?? null,
  };
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The date stored under `field`, or null when there is none. */
export function storedDate(props: Properties, field: string): PartialDate | null {
  const edtf = text(props[field]);
  if (edtf === null) return null;
  return { edtf, earliest: text(props[`${field}Earliest`]), latest: text(props[`${field}Latest`]) };
}
