/**
 * Inputs of the entity mutations, with their validation rules (lengths, id format, EDTF
 * dates, the closed lists of place, source and organisation kinds). Which fields apply to
 * which kind is checked by the write itself (src/writes/entity-writes.ts).
 */
import { ArrayMaxSize, IsIn, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import {
  ENTITY_KINDS,
  EntityKind,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  SOURCE_KINDS,
} from '../../domain/vocabulary';
import { ENTITY_FACTS, EntityFact } from '../../domain/fact-basis';
import { EntityFactEnum, EntityKindEnum } from '../enums';
import { HasVisibleText, IsEdtf } from '../validate-input';

export const MAX_ALIASES = 50;
export const MAX_ENTITY_ID_LENGTH = 120;
export const ENTITY_ID_PATTERN = /^(person|law|place|source|org|event):[a-z0-9]+(-[a-z0-9]+)*$/;

const EDTF = 'EDTF date: 1933, 1933-09, 1945/1950, 193X, 1930~.';

@InputType({
  description:
    "Where a curator knows a date or the coordinates this write sets from (the write's basis for it is CURATOR).",
})
export class FactBasisInput {
  @Field(() => EntityFactEnum)
  @IsIn(ENTITY_FACTS)
  fact!: EntityFact;

  @Field({
    description: 'Where from: a reference work, an authority record, a map; 1 to 1000 characters.',
  })
  @Length(1, 1000)
  @HasVisibleText()
  curator!: string;
}

// Registered only so that the inputs below inherit its fields; the schema does not use it.
@InputType()
abstract class EntityFieldsInput {
  @Field(() => [FactBasisInput], {
    nullable: true,
    description:
      'What the dates and coordinates this write sets rest on, one entry per fact. A date or coordinates set or cleared without one are stored with no basis: the basis they had rested on the old value.',
  })
  @IsOptional()
  @ArrayMaxSize(ENTITY_FACTS.length)
  @ValidateNested({ each: true })
  basis?: FactBasisInput[] | null;

  @Field(() => [String], {
    nullable: true,
    description: `Other names; at most ${MAX_ALIASES}, each 1 to 300 characters.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_ALIASES)
  @Length(1, 300, { each: true })
  @HasVisibleText({ each: true })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'One line, 1 to 1000 characters.' })
  @IsOptional()
  @Length(1, 1000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: `PERSON. ${EDTF}` })
  @IsOptional()
  @IsEdtf()
  born?: string | null;

  @Field(() => String, { nullable: true, description: `PERSON. ${EDTF}` })
  @IsOptional()
  @IsEdtf()
  died?: string | null;

  @Field(() => [String], { nullable: true, description: 'PERSON: roles and occupations.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 300, { each: true })
  roles?: string[] | null;

  @Field(() => String, { nullable: true, description: 'LAW: the code or kind of act.' })
  @IsOptional()
  @Length(1, 200)
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'LAW: article or number.' })
  @IsOptional()
  @Length(1, 60)
  article?: string | null;

  @Field(() => String, { nullable: true, description: 'LAW or SOURCE.' })
  @IsOptional()
  @Length(1, 500)
  title?: string | null;

  @Field(() => String, { nullable: true, description: `LAW. ${EDTF}` })
  @IsOptional()
  @IsEdtf()
  enacted?: string | null;

  @Field(() => String, { nullable: true, description: `LAW. ${EDTF}` })
  @IsOptional()
  @IsEdtf()
  repealed?: string | null;

  @Field(() => String, { nullable: true, description: 'LAW: the issuing body.' })
  @IsOptional()
  @Length(1, 300)
  issuer?: string | null;

  @Field(() => String, { nullable: true, description: `PLACE: ${PLACE_KINDS.join(', ')}.` })
  @IsOptional()
  @IsIn(PLACE_KINDS)
  placeKind?: string | null;

  @Field(() => Float, { nullable: true, description: 'PLACE: latitude, -90 to 90 (with lon).' })
  @IsOptional()
  @Min(-90)
  @Max(90)
  lat?: number | null;

  @Field(() => Float, { nullable: true, description: 'PLACE: longitude, -180 to 180 (with lat).' })
  @IsOptional()
  @Min(-180)
  @Max(180)
  lon?: number | null;

  @Field(() => String, { nullable: true, description: `SOURCE: ${SOURCE_KINDS.join(', ')}.` })
  @IsOptional()
  @IsIn(SOURCE_KINDS)
  sourceKind?: string | null;

  @Field(() => String, { nullable: true, description: `SOURCE. ${EDTF}` })
  @IsOptional()
  @IsEdtf()
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'SOURCE.' })
  @IsOptional()
  @Length(1, 300)
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'SOURCE.' })
  @IsOptional()
  @Length(1, 300)
  periodical?: string | null;

  @Field(() => String, { nullable: true, description: 'SOURCE: ISO 639 code, 2 or 3 lowercase letters.' })
  @IsOptional()
  @Matches(/^[a-z]{2,3}$/, { message: 'must be an ISO 639 code of 2 or 3 lowercase letters' })
  language?: string | null;

  @Field(() => String, { nullable: true, description: `ORGANIZATION: ${ORGANIZATION_KINDS.join(', ')}.` })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  orgKind?: string | null;

  @Field(() => String, { nullable: true, description: `ORGANIZATION. ${EDTF}` })
  @IsOptional()
  @IsEdtf()
  founded?: string | null;

  @Field(() => String, { nullable: true, description: `ORGANIZATION. ${EDTF}` })
  @IsOptional()
  @IsEdtf()
  dissolved?: string | null;
}

@InputType({ description: 'A new entity. Fields of another kind than `kind` are refused.' })
export class NewEntityInput extends EntityFieldsInput {
  @Field(() => ID, {
    description:
      'kind prefix, colon, lowercase words joined by dashes: person:nika-poliakov. At most 120 characters.',
  })
  @Length(3, MAX_ENTITY_ID_LENGTH)
  @Matches(ENTITY_ID_PATTERN, {
    message:
      'must look like person:nika-poliakov (prefix person, law, place, source or org; lowercase letters, digits and dashes)',
  })
  id!: string;

  @Field(() => EntityKindEnum)
  @IsIn(ENTITY_KINDS)
  kind!: EntityKind;

  @Field({ description: '1 to 300 characters.' })
  @Length(1, 300)
  @HasVisibleText()
  name!: string;
}

@InputType({
  description: 'Changes to an entity: given fields are set, null clears a field, omitted ones stay.',
})
export class EntityPatch extends EntityFieldsInput {
  @Field(() => String, { nullable: true, description: '1 to 300 characters; cannot be cleared.' })
  @IsOptional()
  @Length(1, 300)
  @HasVisibleText()
  name?: string | null;
}
