/**
 * Argument types shared by the traversal fields, and their limits. Limits are checked in
 * `checkTraversalArgs` so an out-of-range value gets BAD_USER_INPUT naming the argument.
 */
import { ArgsType, Field, Int } from 'type-graphql';
import { badInput, requireRange } from '../api-errors';
import { Certainty, RelationType } from '../domain/vocabulary';
import { Page, RelationFilter } from '../graph/relation-queries';
import { CertaintyEnum, Direction, RelationTypeEnum } from './enums';

export const MAX_PAGE_SIZE = 500;

const DATE_BOUND = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether a YYYY[-MM[-DD]] bound names a real month and day (1933-13-45 and 1933-02-30 do not). */
function realDate(year: number, month = 1, day = 1): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

@ArgsType()
export class TraversalArgs {
  @Field(() => [CertaintyEnum], { nullable: true, description: 'Only relations of these certainties.' })
  certainty?: Certainty[];

  @Field(() => String, { nullable: true, description: 'Only relations that may extend to this date or later: YYYY, YYYY-MM or YYYY-MM-DD.' })
  since?: string;

  @Field(() => String, { nullable: true, description: 'Only relations that may begin on this date or earlier: YYYY, YYYY-MM or YYYY-MM-DD.' })
  until?: string;

  @Field({ defaultValue: true, description: 'With since/until: keep relations the texts give no date for.' })
  includeUndated!: boolean;

  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor: the endCursor of the previous page.' })
  after?: string;
}

@ArgsType()
export class RelationsArgs extends TraversalArgs {
  @Field(() => [RelationTypeEnum], { nullable: true, description: 'Only these relation types (all when omitted).' })
  types?: RelationType[];

  @Field(() => Direction, { defaultValue: Direction.BOTH })
  direction!: Direction;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | undefined | null): number {
  if (cursor === undefined || cursor === null) return 0;
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw badInput('after', 'is not a cursor returned by this API (use pageInfo.endCursor)');
  return Number(match[1]);
}

export function checkDateBound(argument: string, value: string | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  const match = DATE_BOUND.exec(value);
  if (!match || !realDate(Number(match[1]), match[2] === undefined ? 1 : Number(match[2]), match[3] === undefined ? 1 : Number(match[3]))) {
    throw badInput(argument, `must be a real date as YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

export function traversalFilter(args: TraversalArgs, types: readonly RelationType[] | null, direction: Direction): RelationFilter {
  return {
    types,
    direction,
    certainties: args.certainty ?? null,
    since: checkDateBound('since', args.since),
    until: checkDateBound('until', args.until),
    includeUndated: args.includeUndated,
  };
}

export function traversalPage(args: { first: number; after?: string | null }, max = MAX_PAGE_SIZE): Page {
  requireRange('first', args.first, 1, max);
  return { skip: decodeCursor(args.after), limit: args.first };
}
