/**
 * The arguments of `paths`: its two ends and bounds, the evidence filters every hop must pass,
 * and what a path may not go through, so that a connection means something (issue 14: Gorky
 * and Poliakov are not connected by both having to do with Siberia).
 */
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { RelationType, VAGUE_PLACE_KINDS } from '../domain/vocabulary';
import { MAX_PATH_HOPS, MAX_PATHS } from '../planning/argument-checks';
import { EvidenceFilterArgs } from './args';
import { PathRanking, RelationTypeEnum } from './enums';

@ArgsType()
export class PathsArgs extends EvidenceFilterArgs {
  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => Int, { defaultValue: 4, description: `Longest path, 1 to ${MAX_PATH_HOPS} hops.` })
  maxHops!: number;

  @Field(() => Int, { defaultValue: 3, description: `How many paths, 1 to ${MAX_PATHS}.` })
  first!: number;

  @Field(() => PathRanking, { defaultValue: PathRanking.SUREST, description: 'Which paths come first.' })
  rank!: PathRanking;

  @Field(() => [RelationTypeEnum], { nullable: true, description: 'Only relations of these types.' })
  types?: RelationType[] | null;

  @Field(() => [RelationTypeEnum], {
    nullable: true,
    description: 'Never relations of these types (they win over `types`).',
  })
  excludeTypes?: RelationType[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Never through these entities (not `from` or `to`; unknown ids are ignored).',
  })
  excludeIds?: string[] | null;

  @Field({
    defaultValue: true,
    description: `Never through a vague place, one too broad to connect two entities: the place kinds ${VAGUE_PLACE_KINDS.join(', ')} (Siberia, the Soviet Union, the Gulag as a whole). Either end may be one.`,
  })
  excludeVaguePlaces!: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'Never through an entity with more than this many relations (a hub: a seed document, the Gulag); no cap when omitted. Either end may be one.',
  })
  maxDegree?: number | null;
}
