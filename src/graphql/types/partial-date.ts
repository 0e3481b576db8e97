import { Field, Int, ObjectType } from 'type-graphql';
import { Basis } from '../../domain/vocabulary';
import { BasisEnum } from '../enums';

@ObjectType({
  description:
    "What an entity's date or a place's coordinates rest on: the words of a text, or a curator's knowledge and where it comes from.",
})
export class DateBasis {
  @Field(() => BasisEnum)
  basis!: Basis;

  @Field(() => String, { nullable: true, description: 'CURATOR: where the curator knows the date from.' })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'TEXT: the words that give the date.' })
  quote!: string | null;

  @Field(() => String, { nullable: true, description: 'TEXT: the id of the source whose words these are.' })
  sourceId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'TEXT: "<seed file>@<character offset>" of the quote.',
  })
  locator!: string | null;

  @Field(() => Int, { nullable: true, description: 'TEXT: character offset of the quote in its seed file.' })
  offset!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A date in the precision the text gives, as EDTF, with the range of days it can mean.',
})
export class PartialDate {
  @Field({ description: 'EDTF string: "1933-09", "1945/1950", "193X", "1930~".' })
  edtf!: string;

  @Field(() => String, {
    nullable: true,
    description: 'First day the date can mean (YYYY-MM-DD); null for an open start.',
  })
  earliest!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day the date can mean (YYYY-MM-DD); null for an open end.',
  })
  latest!: string | null;

  @Field(() => DateBasis, {
    nullable: true,
    description:
      "On an entity's own dates (born, died, enacted, founded, ...): what the date rests on; null where nothing is recorded (written through the API without a basis). Null on a relation's date, which rests on the relation's basis and evidence.",
  })
  basis!: DateBasis | null;
}

@ObjectType({
  description:
    "A date a text gives that the accepted one contradicts, kept with the text's words beside the accepted date (certainty DISPUTED).",
})
export class DisputedDate {
  @Field({ description: 'Which date of the entity the claim is about: born, died, enacted, founded, ...' })
  field!: string;

  @Field(() => PartialDate, { description: 'The date the text gives.' })
  claim!: PartialDate;

  @Field({ description: 'Why it is disputed, and what is accepted instead.' })
  note!: string;

  @Field({ description: 'The words of the text that give the disputed date.' })
  quote!: string;

  @Field({ description: 'The id of the source whose words these are.' })
  sourceId!: string;

  @Field({ description: '"<seed file>@<character offset>" of the quote.' })
  locator!: string;
}
