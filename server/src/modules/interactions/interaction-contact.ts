import type { RequestContext } from "../../graphql/context";
import type { ContactType } from "../contacts/contact.type";
import type { InteractionType } from "./interaction.type";

/** The contact an interaction was with, through the request's contact loader. */
export async function getContactOfInteraction(context: RequestContext, interaction: InteractionType): Promise<ContactType> {
  const contact = await context.loaders.contactsById.load(interaction.contactRawId);
  if (!contact) throw new Error("An interaction's contact is not visible");
  return contact;
}
