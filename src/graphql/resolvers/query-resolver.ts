/**
 * The root queries: the contract of the API (entity, search, relations, neighborhood, paths,
 * stats) and the provenance queries (relation, weakRelations). Each plans its whole selection
 * and runs it as one statement (../../planning); none holds Cypher.
 */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { badInput, notFound } from '../../api-errors';
import { Certainty, CERTAINTIES, EntityKind, RelationType } from '../../domain/vocabulary';
import { requestGraphStats } from '../../graph-state/stats-cache';
import {
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_NEIGHBORHOOD_NODES,
  MAX_PATH_HOPS,
  MAX_PATHS,
  MAX_PLACES,
} from '../../planning/argument-checks';
import {
  planEntityRead,
  planNeighborhood,
  planPaths,
  planPlaces,
  planRelationRead,
  planRelationsOf,
  planSearch,
  planWeakRelations,
} from '../../planning/plan-root';
import { runRead } from '../../planning/run-read';
import { PATH_CANDIDATES } from '../../cypher-builder/paths-statement';
import { EvidenceFilterArgs, evidenceFilter, RelationsArgs } from '../args';
import { PathsArgs } from '../paths-args';
import { RequestContext } from '../context';
import { CertaintyEnum, EntityKindEnum, RelationTypeEnum } from '../enums';
import { Entity, Place } from '../types/entity';
import { GraphStats, Path, SearchHit, Subgraph } from '../types/query-results';
import { Relation, RelationConnection } from '../types/relation';

@Resolver()
export class QueryResolver {
  @Query(() => Entity, { nullable: true, description: 'An entity by id; null when there is none.' })
  entity(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runRead(ctx.request, planEntityRead(info, id));
  }

  @Query(() => [SearchHit], {
    description:
      'Find entities by name or alias: case-, diacritic- and transliteration-insensitive, partial names and typos allowed; exact names first.',
  })
  search(
    @Arg('text') text: string,
    @Arg('kinds', () => [EntityKindEnum], { nullable: true }) kinds: EntityKind[] | null,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runRead(ctx.request, planSearch(info, text, kinds, first));
  }

  @Query(() => [Place], {
    description: `Places by id, for a map: of the given placeKinds, with (located: true) or without (false) coordinates; at most \`first\` (at most ${MAX_PLACES}).`,
  })
  places(
    @Arg('kinds', () => [String], {
      nullable: true,
      description: 'Only these placeKinds (camp, prison, city, ...).',
    })
    kinds: string[] | null,
    @Arg('located', () => Boolean, {
      nullable: true,
      description: 'true: only places with coordinates; false: only places without.',
    })
    located: boolean | null,
    @Arg('first', () => Int, { defaultValue: 500 }) first: number,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runRead(ctx.request, planPlaces(info, { kinds, located, first }));
  }

  @Query(() => RelationConnection, {
    description:
      'The relations of an entity, with their evidence, filtered and paged like Entity.relations. NOT_FOUND for an unknown id.',
  })
  async relations(
    @Arg('of', () => ID) of: string,
    @Args() args: RelationsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const connection = await runRead(
      ctx.request,
      planRelationsOf(info, of, args as unknown as Record<string, unknown>),
    );
    if (connection === null) throw notFound(of);
    return connection;
  }

  @Query(() => Relation, { nullable: true, description: 'A relation by id; null when there is none.' })
  relation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runRead(ctx.request, planRelationRead(info, id));
  }

  @Query(() => Subgraph, {
    description: `An entity and everything within \`depth\` hops (at most ${MAX_NEIGHBORHOOD_DEPTH}), nearest first, at most \`limit\` nodes in all (at most ${MAX_NEIGHBORHOOD_NODES}), with every relation among them. The filters apply to the relations followed and drawn, and \`kinds\` to the entities passed through.`,
  })
  async neighborhood(
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { defaultValue: 1 }) depth: number,
    @Arg('types', () => [RelationTypeEnum], { nullable: true }) types: RelationType[] | null,
    @Arg('limit', () => Int, {
      defaultValue: 200,
      description: 'At most this many nodes, the entity itself included.',
    })
    limit: number,
    @Args() filter: EvidenceFilterArgs,
    @Arg('kinds', () => [EntityKindEnum], {
      nullable: true,
      description: 'Only entities of these kinds (the entity itself always).',
    })
    kinds: EntityKind[] | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const subgraph = await runRead(
      ctx.request,
      planNeighborhood(info, {
        id,
        depth,
        limit,
        types,
        ...evidenceFilter(filter),
        kinds,
      }),
    );
    if (subgraph === null) throw notFound(id);
    return subgraph;
  }

  @Query(() => [Path], {
    description: `Connections between two entities that mean something (up to \`first\`, at most ${MAX_PATHS}), each hop with its evidence: among the ${PATH_CANDIDATES} shortest routes of at most \`maxHops\` hops (at most ${MAX_PATH_HOPS}) whose every hop passes the filters and that pass through no excluded entity, the surest first (Path.score), then the shortest; with \`rank: SHORTEST\`, the shortest first, then the surest. A route visits no entity twice and is given once, through the surest relation of each hop.`,
  })
  async paths(@Args() args: PathsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    if (args.from === args.to) throw badInput('to', 'must differ from `from`');
    const found = await runRead(ctx.request, planPaths(info, args));
    if (!found.fromFound) throw notFound(args.from);
    if (!found.toFound) throw notFound(args.to);
    return found.paths;
  }

  @Query(() => GraphStats, {
    description: 'How many entities of each kind and relations of each type the graph holds.',
  })
  stats(@Ctx() ctx: RequestContext) {
    return requestGraphStats(ctx.db, ctx.counter);
  }

  @Query(() => RelationConnection, {
    description:
      'Relations that rest on at most `maxSources` distinct sources, or on evidence of the given certainties: the ones to corroborate first.',
  })
  weakRelations(
    @Arg('maxSources', () => Int, { defaultValue: 1 }) maxSources: number,
    @Arg('certainty', () => [CertaintyEnum], { defaultValue: CERTAINTIES.filter((c) => c !== 'ATTESTED') })
    certainty: Certainty[],
    @Arg('types', () => [RelationTypeEnum], { nullable: true }) types: RelationType[] | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return runRead(ctx.request, planWeakRelations(info, { maxSources, certainty, types, first, after }));
  }
}
