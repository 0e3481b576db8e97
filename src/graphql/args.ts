/**
 * Argument types shared by the traversal fields (their values are checked by the planner), and
 * the offset paging of the change log.
 */
import { ArgsType, Field, Int } from 'type-graphql';
import { badInput, requireRange } from '../api-errors';
import { Basis, Certainty, RelationType } from '../domain/vocabulary';
import { Page } from '../writes/change-log';
import { MAX_PAGE_SIZE } from '../planning/argument-checks';
import { BasisEnum, CertaintyEnum, Direction, RelationTypeEnum } from './enums';

/** The evidence filters: every field that reads relations takes them with the same meaning. */
@ArgsType()
export class EvidenceFilterArgs {
  @Field(() => [CertaintyEnum], { nullable: true, description: 'Only relations of these certainties.' })
  certainty?: Certainty[];

  @Field(() => [BasisEnum], {
    nullable: true,
    description: 'Only relations resting on these bases: [TEXT] keeps only what the texts say.',
  })
  basis?: Basis[];

  @Field(() => String, {
    nullable: true,
    description: 'Only relations that may extend to this date or later: YYYY, YYYY-MM or YYYY-MM-DD.',
  })
  since?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only relations that may begin on this date or earlier: YYYY, YYYY-MM or YYYY-MM-DD.',
  })
  until?: string;

  @Field({ defaultValue: true, description: 'With since/until: keep relations the texts give no date for.' })
  includeUndated!: boolean;
}

@ArgsType()
export class TraversalArgs extends EvidenceFilterArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor: the endCursor of the previous page.' })
  after?: string;
}

@ArgsType()
export class RelationsArgs extends TraversalArgs {
  @Field(() => [RelationTypeEnum], {
    nullable: true,
    description: 'Only these relation types (all when omitted).',
  })
  types?: RelationType[];

  @Field(() => Direction, { defaultValue: Direction.BOTH })
  direction!: Direction;
}

/** The change log's cursors: an offset into its newest-first list. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | undefined | null): number {
  if (cursor === undefined || cursor === null) return 0;
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw badInput('after', 'is not a cursor returned by this API (use pageInfo.endCursor)');
  return Number(match[1]);
}

export function traversalPage(args: { first: number; after?: string | null }, max = MAX_PAGE_SIZE): Page {
  requireRange('first', args.first, 1, max);
  return { skip: decodeCursor(args.after), limit: args.first };
}

/** The filters as the planner takes them: an argument left out is null. */
export function evidenceFilter(args: EvidenceFilterArgs) {
  return {
    certainty: args.certainty ?? null,
    basis: args.basis ?? null,
    since: args.since ?? null,
    until: args.until ?? null,
    includeUndated: args.includeUndated,
  };
}
