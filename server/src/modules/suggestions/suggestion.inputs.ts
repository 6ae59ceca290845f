import { LIMITS } from "@talentlane/shared";
import { ArgsType, Field, Int } from "type-graphql";

@ArgsType()
export class SuggestionArgs {
  @Field(() => String, {
    nullable: true,
    description: `Only values containing this text, ignoring case (a prefix or any part of a word; at most ${LIMITS.searchMaxLength} characters). Empty or absent: the most used values.`,
  })
  search?: string | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: LIMITS.suggestionsDefault,
    description: `How many values to return, 1 to ${LIMITS.suggestionsMax}.`,
  })
  first?: number | null;
}
