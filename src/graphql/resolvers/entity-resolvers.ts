/**
 * The traversal fields of the entity types, as a historian reads them (Person.convictions,
 * Law.convicted, Place.prisoners, Source.citedBy ...). Which relations each follows is in
 * planning/entity-traversals.ts; the root field's statement has already read them, so each
 * resolver returns its planned answer. The arguments are declared here for the schema.
 */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { Certainty } from '../../domain/vocabulary';
import { EntityObject } from '../../writes/row-mapping';
import { RelationsArgs, TraversalArgs } from '../args';
import { CertaintyEnum } from '../enums';
import { plannedValue } from '../planned-field';
import { Entity, Law, Organization, Person, Place, Source } from '../types/entity';
import { RelationConnection } from '../types/relation';

@Resolver(() => Entity)
export class EntityFieldsResolver {
  @FieldResolver(() => Int, {
    description: 'Number of relations, all types and directions (for sizing nodes).',
  })
  degree(@Root() entity: EntityObject, @Info() info: GraphQLResolveInfo) {
    return plannedValue(entity, info);
  }

  @FieldResolver(() => RelationConnection, {
    description: 'All relations of this entity, filtered and paged.',
  })
  relations(@Root() entity: EntityObject, @Args() _args: RelationsArgs, @Info() info: GraphQLResolveInfo) {
    return plannedValue(entity, info);
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => RelationConnection, {
    description: 'CONVICTED_UNDER: the laws this person was sentenced under.',
  })
  convictions(@Root() p: EntityObject, @Args() _args: TraversalArgs, @Info() info: GraphQLResolveInfo) {
    return plannedValue(p, info);
  }

  @FieldResolver(() => RelationConnection, {
    description: 'IMPRISONED_AT: camps, prisons and places of exile.',
  })
  imprisonments(@Root() p: EntityObject, @Args() _args: TraversalArgs, @Info() info: GraphQLResolveInfo) {
    return plannedValue(p, info);
  }

  @FieldResolver(() => RelationConnection, {
    description: 'WROTE_TO, outgoing: letters, petitions, memos this person sent.',
  })
  lettersSent(@Root() p: EntityObject, @Args() _args: TraversalArgs, @Info() info: GraphQLResolveInfo) {
    return plannedValue(p, info);
  }

  @FieldResolver(() => RelationConnection, {
    description: 'WROTE_TO, incoming: letters, petitions, memos sent to this person.',
  })
  lettersReceived(@Root() p: EntityObject, @Args() _args: TraversalArgs, @Info() info: GraphQLResolveInfo) {
    return plannedValue(p, info);
  }

  @FieldResolver(() => RelationConnection, {
    description: 'AUTHORED and TRANSLATED: works this person wrote or translated.',
  })
  works(@Root() p: EntityObject, @Args() _args: TraversalArgs, @Info() info: GraphQLResolveInfo) {
    return plannedValue(p, info);
  }
}

@Resolver(() => Law)
export class LawResolver {
  @FieldResolver(() => RelationConnection, {
    description: 'CONVICTED_UNDER, incoming: the people sentenced under this law.',
  })
  convicted(@Root() law: EntityObject, @Args() _args: TraversalArgs, @Info() info: GraphQLResolveInfo) {
    return plannedValue(law, info);
  }

  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'SUCCEEDED_BY: the law that replaced this one (154-a -> 121).',
  })
  successor(@Root() law: EntityObject, @Info() info: GraphQLResolveInfo) {
    return plannedValue(law, info);
  }

  @FieldResolver(() => [Entity], { description: 'SUCCEEDED_BY, incoming: the laws this one replaced.' })
  predecessors(@Root() law: EntityObject, @Info() info: GraphQLResolveInfo) {
    return plannedValue(law, info);
  }
}

@Resolver(() => Place)
export class PlaceResolver {
  @FieldResolver(() => RelationConnection, { description: 'IMPRISONED_AT, incoming: the people held here.' })
  prisoners(@Root() place: EntityObject, @Args() _args: TraversalArgs, @Info() info: GraphQLResolveInfo) {
    return plannedValue(place, info);
  }

  @FieldResolver(() => RelationConnection, { description: 'PART_OF, incoming: the places within this one.' })
  parts(@Root() place: EntityObject, @Args() _args: TraversalArgs, @Info() info: GraphQLResolveInfo) {
    return plannedValue(place, info);
  }

  @FieldResolver(() => [Entity], { description: 'PART_OF: the places this one lies within.' })
  partOf(@Root() place: EntityObject, @Info() info: GraphQLResolveInfo) {
    return plannedValue(place, info);
  }
}

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => [Entity], {
    description: 'AUTHORED, incoming: the people and organisations that wrote it.',
  })
  authors(@Root() source: EntityObject, @Info() info: GraphQLResolveInfo) {
    return plannedValue(source, info);
  }

  @FieldResolver(() => RelationConnection, {
    description: 'CITED_BY, incoming: the works this source cites.',
  })
  cites(@Root() source: EntityObject, @Args() _args: TraversalArgs, @Info() info: GraphQLResolveInfo) {
    return plannedValue(source, info);
  }

  @FieldResolver(() => RelationConnection, { description: 'CITED_BY: the works that cite this source.' })
  citedBy(@Root() source: EntityObject, @Args() _args: TraversalArgs, @Info() info: GraphQLResolveInfo) {
    return plannedValue(source, info);
  }

  @FieldResolver(() => RelationConnection, {
    description: 'Every relation this source attests: what it is evidence for.',
  })
  claims(
    @Root() source: EntityObject,
    @Arg('certainty', () => [CertaintyEnum], { nullable: true }) _certainty: Certainty[] | null,
    @Arg('first', () => Int, { defaultValue: 50 }) _first: number,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    return plannedValue(source, info);
  }
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => RelationConnection, { description: 'MEMBER_OF, incoming: members and staff.' })
  members(@Root() org: EntityObject, @Args() _args: TraversalArgs, @Info() info: GraphQLResolveInfo) {
    return plannedValue(org, info);
  }

  @FieldResolver(() => RelationConnection, { description: 'HEADED, incoming: its heads.' })
  heads(@Root() org: EntityObject, @Args() _args: TraversalArgs, @Info() info: GraphQLResolveInfo) {
    return plannedValue(org, info);
  }
}
