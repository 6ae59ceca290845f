import { Args, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { SuggestionArgs } from "./suggestion.inputs";
import { suggestIndustries, suggestSkills } from "./suggestion.service";
import { ValueSuggestionType } from "./suggestion.type";

/** Values in use in the workspace, for pickers that suggest as the user types. */
@Resolver(() => ValueSuggestionType)
export class SuggestionResolver {
  @Authorized()
  @Query(() => [ValueSuggestionType], {
    description:
      "Skills on the workspace's contacts, most used first (then by name), with how many contacts have each (deleted contacts not counted). " +
      "Covers the contacts the viewer may see: a hiring manager's suggestions come from the candidates of their jobs. " +
      "Skill filters match these names ignoring case.",
  })
  skillSuggestions(@Args() args: SuggestionArgs, @Ctx() context: RequestContext): Promise<ValueSuggestionType[]> {
    return suggestSkills(context, args);
  }

  @Authorized()
  @Query(() => [ValueSuggestionType], {
    description:
      "Industries of the workspace's companies, most used first (then by name), with how many companies have each (deleted companies not counted). " +
      "Industries that differ only in case are one suggestion.",
  })
  industrySuggestions(@Args() args: SuggestionArgs, @Ctx() context: RequestContext): Promise<ValueSuggestionType[]> {
    return suggestIndustries(context, args);
  }
}
