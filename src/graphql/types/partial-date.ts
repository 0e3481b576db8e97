import { Field, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A date in the precision the text gives, as EDTF, with the range of days it can mean.' })
export class PartialDate {
  @Field({ description: 'EDTF string: "1933-09", "1945/1950", "193X", "1930~".' })
  edtf!: string;

  @Field(() => String, { nullable: true, description: 'First day the date can mean (YYYY-MM-DD); null for an open start.' })
  earliest!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day the date can mean (YYYY-MM-DD); null for an open end.' })
  latest!: string | null;
}
