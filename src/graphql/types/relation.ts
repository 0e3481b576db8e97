/**
 * A relation between two entities with its evidence, and the connection type for traversals
 * whose lists can grow long.
 */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Basis, Certainty, RelationType } from '../../domain/vocabulary';
import { BasisEnum, CertaintyEnum, RelationTypeEnum } from '../enums';
import { Entity, Source } from './entity';
import { PartialDate } from './partial-date';

@ObjectType({
  simpleResolvers: true,
  description: 'One piece of evidence: which source says it, in which words, and where.',
})
export class Citation {
  @Field(() => Source)
  source!: Source;

  @Field({ description: 'The verbatim words of the source that state the relation.' })
  quote!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where the quote stands: "<seed file>@<character offset>".',
  })
  locator!: string | null;

  @Field(() => String, { nullable: true, description: 'The seed file the quote is found in.' })
  seedFile!: string | null;

  @Field(() => Int, { nullable: true, description: 'Character offset of the quote in the seed file.' })
  offset!: number | null;

  @Field({ description: 'Pass as `after` to Relation.evidence for the citations after this one.' })
  cursor!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A link between two entities, with the evidence for it.' })
export class Relation {
  @Field(() => ID, { description: 'Stable id: "<from>><TYPE>><to>", plus "#<key>" when a pair has several.' })
  id!: string;

  @Field(() => RelationTypeEnum)
  type!: RelationType;

  @Field(() => Entity)
  from!: Entity;

  @Field(() => Entity)
  to!: Entity;

  @Field(() => PartialDate, { nullable: true })
  date!: PartialDate | null;

  @Field(() => CertaintyEnum)
  certainty!: Certainty;

  @Field(() => BasisEnum, {
    description:
      'What the relation rests on: TEXT (the cited words state it), INFERENCE (a curator reads it from them) or CURATOR (knowledge from outside the texts).',
  })
  basis!: Basis;

  @Field(() => String, {
    nullable: true,
    description:
      'Why: how an INFERENCE is drawn, where CURATOR knowledge comes from, what a DISPUTED claim contradicts.',
  })
  note!: string | null;

  @Field(() => Int, {
    description:
      'Bumped by every edit through the API (0 as loaded); send it back with updateRelation or retractRelation.',
  })
  version!: number;

  // Properties the texts give, by relation type (null where they do not apply).
  @Field(() => String, { nullable: true, description: 'CONVICTED_UNDER: the sentence as the text gives it.' })
  sentence!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'CONVICTED_UNDER: the court, troika or body that sentenced.',
  })
  sentencingBody!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'CONVICTED_UNDER / IMPRISONED_AT: years of the sentence or of imprisonment.',
  })
  years!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'IMPRISONED_AT: camp, prison, exile, psychiatric hospital.',
  })
  regime!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'WROTE_TO: letter, petition, memo, open letter, dispatch, report.',
  })
  letterKind!: string | null;

  @Field(() => String, { nullable: true, description: 'WROTE_TO: what the letter was about.' })
  subject!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'WROTE_TO: the id of the letter itself, where it is a source.',
  })
  letter!: string | null;

  @Field(() => String, { nullable: true, description: 'AUTHORED, MEMBER_OF, HEADED, WORKED_AT: the role.' })
  role!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'PARTNER_OF, RELATIVE_OF, ASSOCIATE_OF: the nature of the tie.',
  })
  nature!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'PERSECUTED: arrest, interrogation, denunciation, ...',
  })
  action!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'CITED_BY: how the work is cited (quoted, listed as reading, ...).',
  })
  context!: string | null;

  @Field(() => String, { nullable: true, description: 'TRANSLATED: the language translated into.' })
  language!: string | null;

  @Field(() => String, { nullable: true, description: 'PUBLISHED_IN: volume.' })
  volume!: string | null;

  @Field(() => String, { nullable: true, description: 'PUBLISHED_IN: issue.' })
  issue!: string | null;

  @Field(() => String, { nullable: true, description: 'PUBLISHED_IN: pages.' })
  pages!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class RelationEdge {
  @Field()
  cursor!: string;

  @Field(() => Relation)
  node!: Relation;
}

@ObjectType({ simpleResolvers: true, description: 'A page of relations (Relay cursor connection).' })
export class RelationConnection {
  @Field(() => Int, { description: 'How many relations match the filters, over all pages.' })
  totalCount!: number;

  @Field(() => [RelationEdge])
  edges!: RelationEdge[];

  @Field(() => [Relation], {
    description: "The relations of this page (the edges' nodes), for clients that need no cursors.",
  })
  nodes!: Relation[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
