/**
 * Result types of the root queries: search hits, subgraphs, paths and statistics.
 */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { EntityKind, RelationType } from '../../domain/vocabulary';
import { CERTAINTY_WEIGHTS } from '../../measures/certainty-weights';
import { EntityKindEnum, RelationTypeEnum } from '../enums';
import { Entity } from './entity';
import { Relation } from './relation';

const certaintyScale = Object.entries(CERTAINTY_WEIGHTS)
  .map(([certainty, weight]) => `${certainty} ${weight}`)
  .join(', ');

@ObjectType({ simpleResolvers: true })
export class SearchHit {
  @Field(() => Entity)
  entity!: Entity;

  @Field(() => Float, {
    description:
      'Higher is better, in the order of the hits. From 200 (below 300): the text is a name or alias of the entity (case, diacritics and punctuation aside); from 100: it is one once the little words ("the", "of", "no" ...) are left out of both; below 100: a partial, fuzzy or transliterated match.',
  })
  score!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Nodes and the relations among them, ready to draw.' })
export class Subgraph {
  @Field(() => [Entity])
  nodes!: Entity[];

  @Field(() => [Relation])
  edges!: Relation[];

  @Field({ description: 'Whether entities within reach were left out to keep to `limit`.' })
  truncated!: boolean;

  @Field(() => Int, {
    description:
      'Entities within reach under the filters, the entity itself included: exact when not truncated, else a lower bound (the search stops once it has more than `limit`).',
  })
  reachable!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'One connection between two entities, hop by hop, with the evidence for every hop.',
})
export class Path {
  @Field(() => Int, { description: 'Number of relations (hops).' })
  length!: number;

  @Field(() => Float, {
    description: `How sure the whole connection is: the product of its hops' certainty weights (${certaintyScale}, the network measures' scale), 1 when every hop is attested. Paths come best first, then shorter first.`,
  })
  score!: number;

  @Field(() => [Entity], { description: 'From the start entity to the end entity.' })
  nodes!: Entity[];

  @Field(() => [Relation], {
    description: 'relations[i] links nodes[i] and nodes[i+1] (in either direction).',
  })
  relations!: Relation[];
}

@ObjectType({ simpleResolvers: true })
export class KindCount {
  @Field(() => EntityKindEnum)
  kind!: EntityKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true })
export class TypeCount {
  @Field(() => RelationTypeEnum)
  type!: RelationType;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true })
export class GraphStats {
  @Field(() => [KindCount])
  entities!: KindCount[];

  @Field(() => [TypeCount])
  relations!: TypeCount[];

  @Field(() => Int, {
    description: 'Relations with no citation; the loader refuses them, so this should be 0.',
  })
  relationsWithoutEvidence!: number;

  @Field(() => Int, {
    description: 'Citations of the relations reads return (not those of retracted relations).',
  })
  citations!: number;

  @Field({
    description:
      'The release of the data: `data-` and the content hash of data/, then `+<change records>.<newest change id>` once curators have edited it through the API. Cite it with the data (see the README, "How to cite").',
  })
  datasetVersion!: string;
}
