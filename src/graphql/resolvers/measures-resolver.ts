/**
 * The network measures: for the whole graph (`networkMeasures`, kept per data version and
 * filter), for a drawn neighbourhood (`Subgraph.measures`), and their top lists.
 */
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { apiError, ErrorCode, requireRange } from '../../api-errors';
import { RelationType } from '../../domain/vocabulary';
import { cachedNetworkMeasures } from '../../measures/measures-cache';
import {
  EntityMeasures as EntityMeasuresObject,
  NetworkMeasures as NetworkMeasuresObject,
} from '../../measures/network-measures';
import { planNetworkMeasures } from '../../planning/plan-root';
import { NetworkPlan } from '../../planning/read-plan';
import { RequestContext } from '../context';
import { RelationTypeEnum } from '../enums';
import { EvidenceFilterArgs, evidenceFilter } from '../args';
import { EntityMeasures, NetworkMeasure, NetworkMeasures } from '../types/network-measures';
import { Subgraph } from '../types/query-results';

export const MAX_TOP = 100;

@Resolver()
export class NetworkMeasuresQueryResolver {
  @Query(() => NetworkMeasures, {
    description:
      'Degree, weighted degree, PageRank, betweenness and Louvain communities of the whole graph, computed on exactly the relations the filters keep. Costs what it reads (every relation).',
  })
  networkMeasures(
    @Arg('types', () => [RelationTypeEnum], { nullable: true }) types: RelationType[] | null,
    @Args() filter: EvidenceFilterArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return cachedNetworkMeasures(
      ctx.request,
      planNetworkMeasures(info, { types, ...evidenceFilter(filter) }),
    );
  }
}

@Resolver(() => Subgraph)
export class SubgraphMeasuresResolver {
  @FieldResolver(() => NetworkMeasures, {
    description: 'The network measures of the nodes and edges drawn, under the same filters.',
  })
  measures(@Root() subgraph: { network: NetworkPlan | null }, @Ctx() ctx: RequestContext) {
    if (!subgraph.network) throw new Error('The neighbourhood was planned without its members');
    return cachedNetworkMeasures(ctx.request, subgraph.network);
  }
}

@Resolver(() => NetworkMeasures)
export class TopEntitiesResolver {
  @FieldResolver(() => [EntityMeasures], {
    description: `The \`first\` entities (at most ${MAX_TOP}) with the highest value of a measure, highest first; ties by id.`,
  })
  top(
    @Root() network: NetworkMeasuresObject,
    @Arg('by', () => NetworkMeasure) by: NetworkMeasure,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
  ): EntityMeasuresObject[] {
    requireRange('first', first, 1, MAX_TOP);
    if (network.entities.some((e) => e[by] === null)) {
      throw apiError(
        ErrorCode.BAD_USER_INPUT,
        `by: ${by} is not computed for a network this large (${network.nodeCount} entities, ${network.edgeCount} links); narrow the filters.`,
        { argument: 'by' },
      );
    }
    return [...network.entities]
      .sort((a, b) => (b[by] ?? 0) - (a[by] ?? 0) || (a.id < b.id ? -1 : 1))
      .slice(0, first);
  }
}
