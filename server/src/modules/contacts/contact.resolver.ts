import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs } from "../../common/pagination/connection.types";
import { WRITER_ROLES } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { selectedFieldsAt, selectsField } from "../../graphql/selected-fields";
import { DeletedRecords } from "../../graphql/enums";
import { ApplicationType } from "../applications/application.type";
import { CompanyType } from "../companies/company.type";
import { TimelineArgs } from "../interactions/interaction.inputs";
import { getTimeline } from "../interactions/interaction.service";
import { InteractionConnection } from "../interactions/interaction.type";
import { UserType } from "../users/user.type";
import { ContactFilter, ContactOrderBy } from "./contact-filter.inputs";
import { ContactIdInput, CreateContactInput, UpdateContactInput } from "./contact.inputs";
import * as contacts from "./contact.service";
import { contactColumnsFor } from "./contact.sql";
import { ContactConnection, ContactType } from "./contact.type";

@ArgsType()
class ContactsArgs extends ConnectionArgs {
  @Field(() => ContactFilter, { nullable: true, description: "Only contacts matching this filter." })
  filter?: ContactFilter | null;

  @Field(() => String, {
    nullable: true,
    description: "Full-text and fuzzy search on names, emails and headline (typos and partial words match).",
  })
  search?: string | null;

  @Field(() => ContactOrderBy, { nullable: true, description: "The order: RELEVANCE with `search`, else CREATED_AT_DESC." })
  orderBy?: ContactOrderBy | null;

  @Field(() => DeletedRecords, { nullable: true, description: "Whether to list deleted contacts (default EXCLUDE)." })
  deleted?: DeletedRecords | null;
}

@ObjectType({ simpleResolvers: true, description: "The result of a contact mutation." })
class ContactPayload {
  @Field(() => ContactType, { description: "The contact as it is now." })
  contact: ContactType;
}

const payload = (contact: ContactType) => Object.assign(new ContactPayload(), { contact });

@Resolver(() => ContactType)
export class ContactResolver {
  @Authorized()
  @Query(() => ContactConnection, { description: "Contacts of the workspace: filtered, searched, ordered and paged." })
  contacts(@Args() args: ContactsArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ContactConnection> {
    const columns = contactColumnsFor(selectedFieldsAt(info, [["nodes"], ["edges", "node"]]));
    return contacts.listContacts(context, args, { withTotal: selectsField(info, "totalCount"), columns });
  }

  @Authorized()
  @Query(() => ContactType, { description: "One contact by id (deleted ones too). NOT_FOUND if there is none you can see." })
  contact(@Arg("id", () => ID, { description: "The contact's id." }) id: string, @Ctx() context: RequestContext): Promise<ContactType> {
    return contacts.getContact(context, id, ["id"]);
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => ContactPayload, { description: "Adds a contact; emails, phones and links are normalised." })
  async createContact(@Arg("input", { description: "The contact to add." }) input: CreateContactInput, @Ctx() context: RequestContext): Promise<ContactPayload> {
    return payload(await contacts.createContact(context, input));
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => ContactPayload, { description: "Changes a contact." })
  async updateContact(@Arg("input", { description: "The contact and the changes." }) input: UpdateContactInput, @Ctx() context: RequestContext): Promise<ContactPayload> {
    return payload(await contacts.updateContact(context, input));
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => ContactPayload, { description: "Moves a contact to the trash; `restoreContact` brings it back." })
  async deleteContact(@Arg("input", { description: "The contact to delete." }) input: ContactIdInput, @Ctx() context: RequestContext): Promise<ContactPayload> {
    return payload(await contacts.setContactDeleted(context, input.id, true));
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => ContactPayload, { description: "Restores a deleted contact." })
  async restoreContact(@Arg("input", { description: "The contact to restore." }) input: ContactIdInput, @Ctx() context: RequestContext): Promise<ContactPayload> {
    return payload(await contacts.setContactDeleted(context, input.id, false));
  }

  @FieldResolver(() => CompanyType, { nullable: true, description: "The company record the contact works at." })
  company(@Root() contact: ContactType, @Ctx() context: RequestContext): Promise<CompanyType | null> | null {
    return contact.companyRawId ? context.loaders.companiesById.load(contact.companyRawId) : null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: "The user who owns the relationship." })
  owner(@Root() contact: ContactType, @Ctx() context: RequestContext): Promise<UserType | null> | null {
    return contact.ownerRawId ? context.loaders.usersById.load(contact.ownerRawId) : null;
  }

  @FieldResolver(() => [ApplicationType], { description: "The contact's applications on the jobs you can see, newest first." })
  applications(@Root() contact: ContactType, @Ctx() context: RequestContext): Promise<ApplicationType[]> {
    return context.loaders.applicationsByContact.load(contact.rawId);
  }

  @FieldResolver(() => InteractionConnection, { description: "The contact's interactions, most recent first." })
  timeline(@Root() contact: ContactType, @Args() args: TimelineArgs, @Ctx() context: RequestContext): Promise<InteractionConnection> {
    return getTimeline(context, contact, args);
  }
}
