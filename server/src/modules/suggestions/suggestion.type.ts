import { Field, Int, ObjectType } from "type-graphql";

@ObjectType("ValueSuggestion", {
  simpleResolvers: true,
  description: "A value in use in the workspace, with how many records use it: what a filter or form can offer as the user types.",
})
export class ValueSuggestionType {
  @Field({ description: "The value as written on the records (one spelling of those that match ignoring case)." })
  value: string;

  @Field(() => Int, { description: "How many records use the value (not counting deleted ones); the query says which records." })
  count: number;
}
