/**
 * The query arguments of the exports beyond `id` and `depth`: the API's relation filters
 * (`types`, `certainty`, `basis` as comma-separated names; `since`, `until` as YYYY, YYYY-MM or
 * YYYY-MM-DD; `includeUndated`) and `quotes`. Each bad value is refused naming its argument.
 */
import { DomainError } from '../api-errors';
import { BASES, CERTAINTIES, RELATION_TYPE_NAMES } from '../domain/vocabulary';
import { checkDateBound } from '../planning/argument-checks';
import { RelationFilterPlan } from '../planning/read-plan';

export const FILTER_ARGUMENTS = [
  'types',
  'certainty',
  'basis',
  'since',
  'until',
  'includeUndated',
  'quotes',
] as const;

export class ExportArgumentError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(`${argument}: ${message}`);
  }
}

type Read = (name: string) => string | null;

function names<T extends string>(read: Read, argument: string, allowed: readonly T[]): T[] | null {
  const text = read(argument);
  if (text === null || text.trim() === '') return null;
  const values = text.split(',').map((v) => v.trim());
  const unknown = values.find((v) => !(allowed as readonly string[]).includes(v));
  if (unknown !== undefined)
    throw new ExportArgumentError(argument, `"${unknown.slice(0, 40)}" is not one of ${allowed.join(', ')}`);
  return values as T[];
}

function flag(read: Read, argument: string, fallback: boolean): boolean {
  const text = read(argument);
  if (text === null) return fallback;
  if (text !== 'true' && text !== 'false')
    throw new ExportArgumentError(argument, `must be true or false, got "${text.slice(0, 40)}"`);
  return text === 'true';
}

function date(read: Read, argument: string): string | null {
  try {
    return checkDateBound(argument, read(argument));
  } catch (error) {
    throw new ExportArgumentError(
      argument,
      error instanceof DomainError ? error.message.replace(/^[^:]*: /, '') : String(error),
    );
  }
}

export function parseExportFilter(read: Read): { filter: RelationFilterPlan; quotes: boolean } {
  return {
    filter: {
      types: names(read, 'types', RELATION_TYPE_NAMES),
      certainties: names(read, 'certainty', CERTAINTIES),
      bases: names(read, 'basis', BASES),
      since: date(read, 'since'),
      until: date(read, 'until'),
      includeUndated: flag(read, 'includeUndated', true),
    },
    quotes: flag(read, 'quotes', false),
  };
}
