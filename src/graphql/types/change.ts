/**
 * A change record: who changed what, when, and the properties before and after.
 */
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CHANGE_ACTIONS, ChangeAction } from '../../writes/change-log';
import { PageInfo } from './relation';

export const ChangeActionEnum = Object.fromEntries(CHANGE_ACTIONS.map((a) => [a, a])) as Record<
  ChangeAction,
  ChangeAction
>;
registerEnumType(ChangeActionEnum, { name: 'ChangeAction', description: 'What a write did.' });

@ObjectType({ description: 'One write through the API, recorded in the same transaction as the write.' })
export class Change {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'When it was committed (ISO 8601, UTC).' })
  at!: string;

  @Field({ description: 'The name of the token that made it.' })
  actor!: string;

  @Field(() => ChangeActionEnum)
  action!: ChangeAction;

  @Field({ description: 'ENTITY or RELATION.' })
  targetKind!: string;

  @Field(() => ID, { description: 'The id of the entity or relation changed.' })
  targetId!: string;

  @Field(() => Int, { description: 'The version of the target after this change.' })
  version!: number;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Its stored properties before (null for a creation).',
  })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Its stored properties after, with the evidence given.',
  })
  after!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'Why (for a retraction).' })
  reason!: string | null;
}

@ObjectType()
export class ChangeConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [Change], { description: 'Newest first.' })
  nodes!: Change[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({
  description: 'What a retraction left: the relation is gone from reads, kept in the graph with its history.',
})
export class Retraction {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}
