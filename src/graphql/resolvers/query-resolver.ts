/**
 * The root queries: the contract of the API (entity, search, relations, neighborhood, paths,
 * stats) and the provenance queries (relation, weakRelations). Each validates its arguments
 * and hands over to the graph queries; none holds Cypher.
 */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { badInput, notFound, requireRange } from '../../api-errors';
import { Certainty, CERTAINTIES, EntityKind, RelationType } from '../../domain/vocabulary';
import { graphStats, searchEntities } from '../../graph/entity-queries';
import { weakRelations } from '../../graph/relation-queries';
import {
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_NEIGHBORHOOD_NODES,
  MAX_PATH_HOPS,
  MAX_PATHS,
  neighborhood,
  shortestPaths,
} from '../../graph/traversal-queries';
import { traversalPage } from '../args';
import { RequestContext } from '../context';
import { selectsField } from '../field-selection';
import { CertaintyEnum, Direction, EntityKindEnum, RelationTypeEnum } from '../enums';
import { Entity } from '../types/entity';
import { GraphStats, Path, SearchHit, Subgraph } from '../types/query-results';
import { Relation, RelationConnection } from '../types/relation';
import { toConnection, traverse } from './traversal';

export const MAX_SEARCH_RESULTS = 100;
export const MAX_SEARCH_TEXT = 200;
export const MAX_RELATIONS = 500;

@Resolver()
export class QueryResolver {
  @Query(() => Entity, { nullable: true, description: 'An entity by id; null when there is none.' })
  entity(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entity.load(id);
  }

  @Query(() => [SearchHit], {
    description: 'Find entities by name or alias: case-, diacritic- and transliteration-insensitive, partial names and typos allowed; exact names first.',
  })
  search(
    @Arg('text') text: string,
    @Arg('kinds', () => [EntityKindEnum], { nullable: true }) kinds: EntityKind[] | null,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: RequestContext,
  ) {
    if (text.trim() === '') throw badInput('text', 'must not be empty');
    if (text.length > MAX_SEARCH_TEXT) throw badInput('text', `must be at most ${MAX_SEARCH_TEXT} characters`, { max: MAX_SEARCH_TEXT });
    requireRange('first', first, 1, MAX_SEARCH_RESULTS);
    return searchEntities(ctx.db, text, kinds, first, ctx.counter);
  }

  @Query(() => [Relation], { description: 'The relations of an entity, with their evidence. NOT_FOUND for an unknown id.' })
  async relations(
    @Arg('of', () => ID) of: string,
    @Arg('types', () => [RelationTypeEnum], { nullable: true }) types: RelationType[] | null,
    @Arg('direction', () => Direction, { defaultValue: Direction.BOTH }) direction: Direction,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: RequestContext,
  ) {
    requireRange('first', first, 1, MAX_RELATIONS);
    const connection = await traverse(ctx, of, types, direction, { first, includeUndated: true });
    return connection.nodes;
  }

  @Query(() => Relation, { nullable: true, description: 'A relation by id; null when there is none.' })
  relation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return ctx.loaders.relation.load(id);
  }

  @Query(() => Subgraph, {
    description: `An entity and everything within \`depth\` hops (at most ${MAX_NEIGHBORHOOD_DEPTH}), nearest first, at most \`limit\` nodes (at most ${MAX_NEIGHBORHOOD_NODES}), with every relation among them.`,
  })
  async neighborhood(
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { defaultValue: 1 }) depth: number,
    @Arg('types', () => [RelationTypeEnum], { nullable: true }) types: RelationType[] | null,
    @Arg('limit', () => Int, { defaultValue: 200 }) limit: number,
    @Arg('certainty', () => [CertaintyEnum], { nullable: true }) certainty: Certainty[] | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    requireRange('depth', depth, 1, MAX_NEIGHBORHOOD_DEPTH);
    requireRange('limit', limit, 1, MAX_NEIGHBORHOOD_NODES);
    const subgraph = await neighborhood(ctx.db, id, { depth, limit, types, certainties: certainty, withEdges: selectsField(info, 'edges') }, ctx.counter);
    if (subgraph === null) throw notFound(id);
    for (const node of subgraph.nodes) ctx.loaders.entity.prime(node.id, node);
    return subgraph;
  }

  @Query(() => [Path], {
    description: `The shortest connections between two entities (up to \`first\`, at most ${MAX_PATHS}), each hop with its evidence. \`maxHops\` is capped at ${MAX_PATH_HOPS}.`,
  })
  async paths(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxHops', () => Int, { defaultValue: 4 }) maxHops: number,
    @Arg('first', () => Int, { defaultValue: 3 }) first: number,
    @Arg('types', () => [RelationTypeEnum], { nullable: true }) types: RelationType[] | null,
    @Ctx() ctx: RequestContext,
  ) {
    requireRange('maxHops', maxHops, 1, MAX_PATH_HOPS);
    requireRange('first', first, 1, MAX_PATHS);
    if (from === to) throw badInput('to', 'must differ from `from`');
    const [start, end, found] = await Promise.all([
      ctx.loaders.entity.load(from),
      ctx.loaders.entity.load(to),
      shortestPaths(ctx.db, from, to, { maxHops, first, types }, ctx.counter),
    ]);
    if (start === null) throw notFound(from);
    if (end === null) throw notFound(to);
    return found;
  }

  @Query(() => GraphStats, { description: 'How many entities of each kind and relations of each type the graph holds.' })
  stats(@Ctx() ctx: RequestContext) {
    return graphStats(ctx.db, ctx.counter);
  }

  @Query(() => RelationConnection, {
    description: 'Relations that rest on at most `maxSources` distinct sources, or on evidence of the given certainties: the ones to corroborate first.',
  })
  async weakRelations(
    @Arg('maxSources', () => Int, { defaultValue: 1 }) maxSources: number,
    @Arg('certainty', () => [CertaintyEnum], { defaultValue: CERTAINTIES.filter((c) => c !== 'ATTESTED') }) certainty: Certainty[],
    @Arg('types', () => [RelationTypeEnum], { nullable: true }) types: RelationType[] | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    requireRange('maxSources', maxSources, 0, 100);
    const page = traversalPage({ first, after });
    return toConnection(await weakRelations(ctx.db, { maxSources, certainties: certainty, types }, page, ctx.counter), page.skip);
  }
}
