/**
 * The fields of Relation that read its evidence. The root field's statement has read them
 * (planning/read-projections.ts); the arguments are declared here for the schema.
 */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { MAX_EVIDENCE_PAGE } from '../../planning/argument-checks';
import { RelationObject } from '../../writes/row-mapping';
import { plannedValue } from '../planned-field';
import { Source } from '../types/entity';
import { Citation, Relation } from '../types/relation';

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => [Citation], {
    description: `The citations, in the order the curators gave them, a page of \`first\` (at most ${MAX_EVIDENCE_PAGE}) after the citation whose \`cursor\` is \`after\`.`,
  })
  evidence(
    @Root() relation: RelationObject,
    @Arg('first', () => Int, { defaultValue: 10 }) _first: number,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    return plannedValue(relation, info);
  }

  @FieldResolver(() => Int, {
    description: 'How many citations the relation has in all: `evidence` returns them a page at a time.',
  })
  citationCount(@Root() relation: RelationObject, @Info() info: GraphQLResolveInfo) {
    return plannedValue(relation, info);
  }

  @FieldResolver(() => Int, { description: 'How many distinct sources attest this relation.' })
  sourceCount(@Root() relation: RelationObject, @Info() info: GraphQLResolveInfo) {
    return plannedValue(relation, info);
  }

  @FieldResolver(() => [Source], {
    description: 'The distinct sources that attest this relation: who says so.',
  })
  sources(@Root() relation: RelationObject, @Info() info: GraphQLResolveInfo) {
    return plannedValue(relation, info);
  }
}
