import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { ContactType } from "../contacts/contact.type";
import { UserType } from "../users/user.type";
import { LogInteractionInput } from "./interaction.inputs";
import { logInteraction } from "./interaction.service";
import { InteractionType } from "./interaction.type";
import { getContactOfInteraction } from "./interaction-contact";

@ObjectType({ simpleResolvers: true, description: "The result of logging an interaction." })
class LogInteractionPayload {
  @Field(() => InteractionType, { description: "The new interaction." })
  interaction: InteractionType;

  @Field(() => ContactType, { description: "The contact whose timeline it joined." })
  contact: ContactType;
}

@Resolver(() => InteractionType)
export class InteractionResolver {
  @Authorized(["ADMIN", "RECRUITER", "HIRING_MANAGER"])
  @Mutation(() => LogInteractionPayload, { description: "Logs a call, note, email, message, meeting or interview with a contact." })
  async logInteraction(@Arg("input", { description: "The interaction to log." }) input: LogInteractionInput, @Ctx() context: RequestContext): Promise<LogInteractionPayload> {
    return Object.assign(new LogInteractionPayload(), await logInteraction(context, input));
  }

  @FieldResolver(() => UserType, { nullable: true, description: "Who logged it." })
  author(@Root() interaction: InteractionType, @Ctx() context: RequestContext): Promise<UserType | null> | null {
    return interaction.authorRawId ? context.loaders.usersById.load(interaction.authorRawId) : null;
  }

  @FieldResolver(() => ContactType, { description: "The contact it was with." })
  contact(@Root() interaction: InteractionType, @Ctx() context: RequestContext): Promise<ContactType> {
    return getContactOfInteraction(context, interaction);
  }
}
