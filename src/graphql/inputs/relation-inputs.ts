/**
 * Inputs of the relation mutations, with their validation rules. Which properties apply to
 * which relation type, the endpoints' kinds and the sources' existence are checked by the
 * write itself (src/writes/relation-writes.ts), inside its transaction.
 */
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { MAX_QUOTE_LENGTH } from '../../dataset/dataset-schema';
import { CERTAINTIES, Certainty, RELATION_TYPE_NAMES, RelationType } from '../../domain/vocabulary';
import { CertaintyEnum, RelationTypeEnum } from '../enums';
import { HasVisibleText, IsEdtf } from '../validate-input';
import { MAX_CITATIONS_PER_RELATION } from '../../writes/relation-writes';
import { ENTITY_ID_PATTERN, MAX_ENTITY_ID_LENGTH } from './entity-inputs';

export const MAX_CITATIONS_PER_WRITE = 20;
const ID_MESSAGE = { message: 'must be an entity id like person:nika-poliakov' };

@InputType({ description: 'One piece of evidence: an existing source and its verbatim words.' })
export class CitationInput {
  @Field(() => ID, { description: 'The id of a SOURCE entity in the graph.' })
  @Length(3, MAX_ENTITY_ID_LENGTH)
  @Matches(ENTITY_ID_PATTERN, ID_MESSAGE)
  source!: string;

  @Field({ description: `The source's words, 1 to ${MAX_QUOTE_LENGTH} characters, not blank.` })
  @Length(1, MAX_QUOTE_LENGTH)
  @HasVisibleText()
  quote!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The seed file the quote is in, e.g. 002_f24334818a537fdf.txt.',
  })
  @IsOptional()
  @Matches(/^[0-9]{3}_[0-9a-f]{16}\.txt$/, {
    message: 'must be a seed file name like 002_f24334818a537fdf.txt',
  })
  seed?: string | null;

  @Field(() => Int, { nullable: true, description: 'Character offset of the quote in the seed file.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  offset?: number | null;
}

// Registered only so that the inputs below inherit its fields; the schema does not use it.
@InputType()
abstract class RelationPropsInput {
  @Field(() => String, { nullable: true, description: `EDTF date: 1933, 1933-09, 1945/1950, 193X.` })
  @IsOptional()
  @IsEdtf()
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'CONVICTED_UNDER.' })
  @IsOptional()
  @Length(1, 300)
  sentence?: string | null;

  @Field(() => String, { nullable: true, description: 'CONVICTED_UNDER.' })
  @IsOptional()
  @Length(1, 300)
  sentencingBody?: string | null;

  @Field(() => Float, { nullable: true, description: 'CONVICTED_UNDER, IMPRISONED_AT: 0 to 100.' })
  @IsOptional()
  @Min(0)
  @Max(100)
  years?: number | null;

  @Field(() => String, { nullable: true, description: 'IMPRISONED_AT.' })
  @IsOptional()
  @Length(1, 300)
  regime?: string | null;

  @Field(() => String, { nullable: true, description: 'WROTE_TO.' })
  @IsOptional()
  @Length(1, 300)
  letterKind?: string | null;

  @Field(() => String, { nullable: true, description: 'WROTE_TO.' })
  @IsOptional()
  @Length(1, 300)
  subject?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'WROTE_TO: the id of the letter, an existing SOURCE (source:...).',
  })
  @IsOptional()
  @Length(3, MAX_ENTITY_ID_LENGTH)
  @Matches(/^source:[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'must be the id of a SOURCE, like source:letter-to-stalin',
  })
  letter?: string | null;

  @Field(() => String, { nullable: true, description: 'AUTHORED, MEMBER_OF, HEADED, WORKED_AT.' })
  @IsOptional()
  @Length(1, 300)
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'PARTNER_OF, RELATIVE_OF, ASSOCIATE_OF.' })
  @IsOptional()
  @Length(1, 300)
  nature?: string | null;

  @Field(() => String, { nullable: true, description: 'PERSECUTED.' })
  @IsOptional()
  @Length(1, 300)
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'CITED_BY.' })
  @IsOptional()
  @Length(1, 300)
  context?: string | null;

  @Field(() => String, { nullable: true, description: 'TRANSLATED.' })
  @IsOptional()
  @Length(1, 300)
  language?: string | null;

  @Field(() => String, { nullable: true, description: 'PUBLISHED_IN.' })
  @IsOptional()
  @Length(1, 300)
  volume?: string | null;

  @Field(() => String, { nullable: true, description: 'PUBLISHED_IN.' })
  @IsOptional()
  @Length(1, 300)
  issue?: string | null;

  @Field(() => String, { nullable: true, description: 'PUBLISHED_IN.' })
  @IsOptional()
  @Length(1, 300)
  pages?: string | null;
}

/** The type-specific properties of a relation input, for the write. */
export const RELATION_PROP_FIELDS = [
  'sentence',
  'sentencingBody',
  'years',
  'regime',
  'letterKind',
  'subject',
  'letter',
  'role',
  'nature',
  'action',
  'context',
  'language',
  'volume',
  'issue',
  'pages',
] as const;

@InputType({ description: 'A new relation. Refused without at least one citation of an existing source.' })
export class NewRelationInput extends RelationPropsInput {
  @Field(() => RelationTypeEnum)
  @IsIn(RELATION_TYPE_NAMES)
  type!: RelationType;

  @Field(() => ID)
  @Matches(ENTITY_ID_PATTERN, ID_MESSAGE)
  @Length(3, MAX_ENTITY_ID_LENGTH)
  from!: string;

  @Field(() => ID)
  @Matches(ENTITY_ID_PATTERN, ID_MESSAGE)
  @Length(3, MAX_ENTITY_ID_LENGTH)
  to!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Distinguishes several relations of one type between the same two entities.',
  })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lowercase letters, digits and dashes' })
  @Length(1, 60)
  key?: string | null;

  @Field(() => CertaintyEnum)
  @IsIn(CERTAINTIES)
  certainty!: Certainty;

  @Field(() => [CitationInput], { description: `1 to ${MAX_CITATIONS_PER_WRITE} citations.` })
  @ArrayMinSize(1, { message: 'needs at least one citation: a source and its words' })
  @ArrayMaxSize(MAX_CITATIONS_PER_WRITE)
  @ValidateNested({ each: true })
  evidence!: CitationInput[];
}

@InputType({
  description:
    'Changes to a relation: given fields are set, null clears one, omitted ones stay. Evidence can only be added.',
})
export class RelationPatch extends RelationPropsInput {
  @Field(() => CertaintyEnum, { nullable: true })
  @IsOptional()
  @IsIn(CERTAINTIES)
  certainty?: Certainty | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: `Citations to add, at most ${MAX_CITATIONS_PER_WRITE} per write and ${MAX_CITATIONS_PER_RELATION} per relation in all.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_CITATIONS_PER_WRITE)
  @ValidateNested({ each: true })
  addEvidence?: CitationInput[] | null;
}
