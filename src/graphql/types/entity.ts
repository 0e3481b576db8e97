/**
 * The entity types: the `Entity` interface of the contract and one object type per kind, with
 * the fields the curated data gives. Traversals (convictions, prisoners, ...) are field
 * resolvers in ../resolvers, so these classes stay plain data.
 */
import { Field, Float, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { EntityKind } from '../../domain/vocabulary';
import { EntityKindEnum } from '../enums';
import { DateBasis, DisputedDate, PartialDate } from './partial-date';

const TYPE_NAME: Record<EntityKind, string> = {
  PERSON: 'Person',
  LAW: 'Law',
  PLACE: 'Place',
  SOURCE: 'Source',
  ORGANIZATION: 'Organization',
  EVENT: 'Event',
};

@InterfaceType({
  description:
    'A person, law, place, source, organisation or event. `kind` says which; every entity has a stable id.',
  resolveType: (value: { kind: EntityKind }) => TYPE_NAME[value.kind],
})
export abstract class Entity {
  @Field(() => ID, { description: 'Stable, human-readable id, e.g. person:nika-poliakov.' })
  id!: string;

  @Field(() => EntityKindEnum)
  kind!: EntityKind;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => [String], {
    description: 'Other spellings, transliterations, initials, pseudonyms, original script.',
  })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'One line on who or what this is.' })
  description!: string | null;

  @Field(() => [String], { description: 'The data files this entity is declared in (for curators).' })
  files!: string[];

  @Field(() => Int, {
    description: 'Bumped by every edit through the API (0 as loaded); send it back with updateEntity.',
  })
  version!: number;

  @Field(() => [DisputedDate], {
    description:
      'Dates a text gives that the accepted ones contradict, each with its words (empty for most entities).',
  })
  disputedDates!: DisputedDate[];
}

@ObjectType({ implements: Entity, simpleResolvers: true })
export class Person extends Entity {
  @Field(() => PartialDate, { nullable: true })
  born!: PartialDate | null;

  @Field(() => PartialDate, { nullable: true })
  died!: PartialDate | null;

  @Field(() => [String], { description: 'Roles and occupations.' })
  roles!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Set when this entity stands for a group or category of people the texts do not name one by one ("hundreds of men"): who and how many, as the text gives it.',
  })
  group!: string | null;
}

@ObjectType({ implements: Entity, simpleResolvers: true })
export class Law extends Entity {
  @Field(() => String, { nullable: true, description: 'The code, or the kind of act (decree, order).' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'Article or number.' })
  article!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => PartialDate, { nullable: true })
  enacted!: PartialDate | null;

  @Field(() => PartialDate, { nullable: true })
  repealed!: PartialDate | null;

  @Field(() => String, { nullable: true, description: 'The issuing body, as the text names it.' })
  issuer!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "WGS 84 coordinates, where well known. They come from a curator's knowledge, not from the texts (see basis).",
})
export class Coordinates {
  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lon!: number;

  @Field(() => DateBasis, {
    nullable: true,
    description:
      'What the coordinates rest on: CURATOR, with where the curator knows them from (the texts name places without locating them); null for coordinates written through the API without one (a write that changes them replaces the basis they had).',
  })
  basis!: DateBasis | null;
}

@ObjectType({ implements: Entity, simpleResolvers: true })
export class Place extends Entity {
  @Field(() => String, {
    nullable: true,
    description: 'camp, camp-complex, prison, city, region, country, address, building, ...',
  })
  placeKind!: string | null;

  @Field(() => Coordinates, { nullable: true })
  coordinates!: Coordinates | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why a camp, prison or city the texts name has no coordinates (the texts give only a number or "near" a town).',
  })
  notLocated!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Identifiers a text gives for a source.' })
export class SourceIdentifiers {
  @Field(() => String, { nullable: true })
  isbn!: string | null;

  @Field(() => String, { nullable: true })
  doi!: string | null;

  @Field(() => String, { nullable: true })
  volume!: string | null;

  @Field(() => String, { nullable: true })
  issue!: string | null;

  @Field(() => String, { nullable: true })
  pages!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true })
  archive!: string | null;
}

@ObjectType({ implements: Entity, simpleResolvers: true })
export class Source extends Entity {
  @Field(() => String, {
    nullable: true,
    description: 'article, book, memoir, letter, memo, diary, archive, ...',
  })
  sourceKind!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => PartialDate, { nullable: true })
  date!: PartialDate | null;

  @Field(() => String, { nullable: true, description: "The imprint's publisher, as the citation gives it." })
  publisher!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The imprint's place of publication, as the citation gives it.",
  })
  publicationPlace!: string | null;

  @Field(() => String, { nullable: true })
  periodical!: string | null;

  @Field(() => SourceIdentifiers)
  identifiers!: SourceIdentifiers;

  @Field(() => String, { nullable: true, description: 'ISO 639 language code.' })
  language!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For the five seed documents: the seed file whose text this is.',
  })
  seedFile!: string | null;
}

@ObjectType({ implements: Entity, simpleResolvers: true })
export class Organization extends Entity {
  @Field(() => String, { nullable: true })
  orgKind!: string | null;

  @Field(() => PartialDate, { nullable: true })
  founded!: PartialDate | null;

  @Field(() => PartialDate, { nullable: true })
  dissolved!: PartialDate | null;
}

@ObjectType({
  implements: Entity,
  description: 'Something that happened at a time and place: an uprising, a strike, a clash.',
})
export class Event extends Entity {
  @Field(() => String, { nullable: true, description: 'uprising, strike, amnesty, trial, round-up, other.' })
  eventKind!: string | null;

  @Field(() => PartialDate, {
    nullable: true,
    description: 'When it happened, in the precision the text gives.',
  })
  date!: PartialDate | null;
}
