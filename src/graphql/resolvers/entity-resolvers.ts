/**
 * Field resolvers of the entity types: the traversals a historian reads naturally
 * (Person.convictions, Law.convicted, Place.prisoners, Source.citedBy ...). Each is one line
 * over `traverse`, which batches through the request's loaders.
 */
import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Certainty } from '../../domain/vocabulary';
import { EntityObject } from '../../graph/row-mapping';
import { RelationsArgs, TraversalArgs, traversalPage } from '../args';
import { RequestContext } from '../context';
import { CertaintyEnum, Direction } from '../enums';
import { Entity, Law, Organization, Person, Place, Source } from '../types/entity';
import { RelationConnection } from '../types/relation';
import { ConnectionObject, neighbours, toConnection, traverse } from './traversal';
import { notFound } from '../../api-errors';

@Resolver(() => Entity)
export class EntityFieldsResolver {
  @FieldResolver(() => Int, { description: 'Number of relations, all types and directions (for sizing nodes).' })
  degree(@Root() entity: EntityObject, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.degree.load(entity.id);
  }

  @FieldResolver(() => RelationConnection, { description: 'All relations of this entity, filtered and paged.' })
  relations(@Root() entity: EntityObject, @Args() args: RelationsArgs, @Ctx() ctx: RequestContext): Promise<ConnectionObject> {
    return traverse(ctx, entity.id, args.types ?? null, args.direction, args);
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => RelationConnection, { description: 'CONVICTED_UNDER: the laws this person was sentenced under.' })
  convictions(@Root() p: EntityObject, @Args() args: TraversalArgs, @Ctx() ctx: RequestContext) {
    return traverse(ctx, p.id, ['CONVICTED_UNDER'], Direction.OUT, args);
  }

  @FieldResolver(() => RelationConnection, { description: 'IMPRISONED_AT: camps, prisons and places of exile.' })
  imprisonments(@Root() p: EntityObject, @Args() args: TraversalArgs, @Ctx() ctx: RequestContext) {
    return traverse(ctx, p.id, ['IMPRISONED_AT'], Direction.OUT, args);
  }

  @FieldResolver(() => RelationConnection, { description: 'WROTE_TO, outgoing: letters, petitions, memos this person sent.' })
  lettersSent(@Root() p: EntityObject, @Args() args: TraversalArgs, @Ctx() ctx: RequestContext) {
    return traverse(ctx, p.id, ['WROTE_TO'], Direction.OUT, args);
  }

  @FieldResolver(() => RelationConnection, { description: 'WROTE_TO, incoming: letters, petitions, memos sent to this person.' })
  lettersReceived(@Root() p: EntityObject, @Args() args: TraversalArgs, @Ctx() ctx: RequestContext) {
    return traverse(ctx, p.id, ['WROTE_TO'], Direction.IN, args);
  }

  @FieldResolver(() => RelationConnection, { description: 'AUTHORED and TRANSLATED: works this person wrote or translated.' })
  works(@Root() p: EntityObject, @Args() args: TraversalArgs, @Ctx() ctx: RequestContext) {
    return traverse(ctx, p.id, ['AUTHORED', 'TRANSLATED'], Direction.OUT, args);
  }
}

@Resolver(() => Law)
export class LawResolver {
  @FieldResolver(() => RelationConnection, { description: 'CONVICTED_UNDER, incoming: the people sentenced under this law.' })
  convicted(@Root() law: EntityObject, @Args() args: TraversalArgs, @Ctx() ctx: RequestContext) {
    return traverse(ctx, law.id, ['CONVICTED_UNDER'], Direction.IN, args);
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'SUCCEEDED_BY: the law that replaced this one (154-a -> 121).' })
  async successor(@Root() law: EntityObject, @Ctx() ctx: RequestContext) {
    return (await neighbours(ctx, law.id, 'SUCCEEDED_BY', Direction.OUT))[0] ?? null;
  }

  @FieldResolver(() => [Entity], { description: 'SUCCEEDED_BY, incoming: the laws this one replaced.' })
  predecessors(@Root() law: EntityObject, @Ctx() ctx: RequestContext) {
    return neighbours(ctx, law.id, 'SUCCEEDED_BY', Direction.IN);
  }
}

@Resolver(() => Place)
export class PlaceResolver {
  @FieldResolver(() => RelationConnection, { description: 'IMPRISONED_AT, incoming: the people held here.' })
  prisoners(@Root() place: EntityObject, @Args() args: TraversalArgs, @Ctx() ctx: RequestContext) {
    return traverse(ctx, place.id, ['IMPRISONED_AT'], Direction.IN, args);
  }

  @FieldResolver(() => RelationConnection, { description: 'PART_OF, incoming: the places within this one.' })
  parts(@Root() place: EntityObject, @Args() args: TraversalArgs, @Ctx() ctx: RequestContext) {
    return traverse(ctx, place.id, ['PART_OF'], Direction.IN, args);
  }

  @FieldResolver(() => [Entity], { description: 'PART_OF: the places this one lies within.' })
  partOf(@Root() place: EntityObject, @Ctx() ctx: RequestContext) {
    return neighbours(ctx, place.id, 'PART_OF', Direction.OUT);
  }
}

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => [Entity], { description: 'AUTHORED, incoming: the people and organisations that wrote it.' })
  authors(@Root() source: EntityObject, @Ctx() ctx: RequestContext) {
    return neighbours(ctx, source.id, 'AUTHORED', Direction.IN);
  }

  @FieldResolver(() => RelationConnection, { description: 'CITED_BY, incoming: the works this source cites.' })
  cites(@Root() source: EntityObject, @Args() args: TraversalArgs, @Ctx() ctx: RequestContext) {
    return traverse(ctx, source.id, ['CITED_BY'], Direction.IN, args);
  }

  @FieldResolver(() => RelationConnection, { description: 'CITED_BY: the works that cite this source.' })
  citedBy(@Root() source: EntityObject, @Args() args: TraversalArgs, @Ctx() ctx: RequestContext) {
    return traverse(ctx, source.id, ['CITED_BY'], Direction.OUT, args);
  }

  @FieldResolver(() => RelationConnection, { description: 'Every relation this source attests: what it is evidence for.' })
  async claims(
    @Root() source: EntityObject,
    @Ctx() ctx: RequestContext,
    @Arg('certainty', () => [CertaintyEnum], { nullable: true }) certainty: Certainty[] | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const page = traversalPage({ first, after });
    const result = await ctx.loaders.claims.load({ id: source.id, certainties: certainty ?? null, page });
    if (result === null) throw notFound(source.id);
    return toConnection(result, page.skip);
  }
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => RelationConnection, { description: 'MEMBER_OF, incoming: members and staff.' })
  members(@Root() org: EntityObject, @Args() args: TraversalArgs, @Ctx() ctx: RequestContext) {
    return traverse(ctx, org.id, ['MEMBER_OF'], Direction.IN, args);
  }

  @FieldResolver(() => RelationConnection, { description: 'HEADED, incoming: its heads.' })
  heads(@Root() org: EntityObject, @Args() args: TraversalArgs, @Ctx() ctx: RequestContext) {
    return traverse(ctx, org.id, ['HEADED'], Direction.IN, args);
  }
}
