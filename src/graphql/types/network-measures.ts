/**
 * The network measures as the API gives them: per entity, and for the network as a whole.
 */
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EntityKind } from '../../domain/vocabulary';
import { EntityKindEnum } from '../enums';

export enum NetworkMeasure {
  DEGREE = 'degree',
  WEIGHTED_DEGREE = 'weightedDegree',
  PAGE_RANK = 'pageRank',
  BETWEENNESS = 'betweenness',
}

registerEnumType(NetworkMeasure, {
  name: 'NetworkMeasure',
  description: 'A measure to rank entities by.',
  valuesConfig: {
    DEGREE: { description: 'Kept relations that touch the entity.' },
    WEIGHTED_DEGREE: {
      description:
        'The sum of their certainty weights (ATTESTED 1, PROBABLE 0.75, POSSIBLE 0.5, RUMOURED 0.25, DISPUTED 0.1).',
    },
    PAGE_RANK: { description: 'PageRank over the certainty-weighted, undirected network (damping 0.85).' },
    BETWEENNESS: {
      description: 'Share of the shortest paths (in hops) between other entities that pass through it.',
    },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: 'The measures of one entity within the network the filters keep.',
})
export class EntityMeasures {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => EntityKindEnum)
  kind!: EntityKind;

  @Field(() => Int, { description: 'Kept relations that touch the entity.' })
  degree!: number;

  @Field(() => Float, {
    description:
      'The sum of the certainty weights of those relations: ATTESTED 1, PROBABLE 0.75, POSSIBLE 0.5, RUMOURED 0.25, DISPUTED 0.1.',
  })
  weightedDegree!: number;

  @Field(() => Float, {
    description:
      "PageRank (damping 0.85) over the undirected network, each pair of entities linked once with the sum of their relations' certainty weights; all entities sum to 1.",
  })
  pageRank!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Betweenness: the share of shortest paths (counted in hops, unweighted) between two other entities that pass through this one, from 0 to 1. Null when the kept network has more than 4,000,000 entities × links (exact betweenness would hold the server for seconds to minutes): narrow the filters.',
  })
  betweenness!: number | null;

  @Field(() => Int, {
    description: 'Louvain community (certainty-weighted, fixed seed): 0 is the largest, then by size.',
  })
  community!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Centralities and communities of exactly the relations the filters keep. Entities no kept relation touches are not part of the network.',
})
export class NetworkMeasures {
  @Field(() => Int, { description: 'Entities that at least one kept relation touches.' })
  nodeCount!: number;

  @Field(() => Int, { description: 'Kept relations.' })
  relationCount!: number;

  @Field(() => Int, {
    description: 'Linked pairs of entities (relations between the same two entities count once).',
  })
  edgeCount!: number;

  @Field(() => Int)
  communityCount!: number;

  @Field(() => Float, {
    description: 'Modularity of the Louvain partition, from -0.5 to 1: higher, more separate communities.',
  })
  modularity!: number;

  @Field(() => [EntityMeasures], { description: 'Every entity of the network, in id order.' })
  entities!: EntityMeasures[];
}
