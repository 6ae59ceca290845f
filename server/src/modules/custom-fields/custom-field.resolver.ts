import type { CustomFieldEntity } from "@talentlane/shared";
import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { setCustomValues } from "../../commands/set-custom-values";
import { ADMIN_ROLES, WRITER_ROLES } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { CustomFieldEntityEnum } from "../../graphql/enums";
import { CustomFieldIdInput, DefineCustomFieldInput, SetCustomValuesInput, UpdateCustomFieldInput } from "./custom-field.inputs";
import { toCustomFieldDefinitionType } from "./custom-field.mapper";
import * as customFields from "./custom-field.service";
import { CustomFieldDefinitionType } from "./custom-field.type";
import { HasCustomValues } from "./has-custom-values";

@ObjectType({ simpleResolvers: true, description: "The result of a custom field mutation." })
class CustomFieldPayload {
  @Field(() => CustomFieldDefinitionType, { description: "The field as it is now." })
  customField: CustomFieldDefinitionType;
}

@ObjectType({ simpleResolvers: true, description: "The result of setting custom values." })
class SetCustomValuesPayload {
  @Field(() => HasCustomValues, { description: "The contact or company as it is now." })
  record: HasCustomValues;
}

const payload = (definition: Parameters<typeof toCustomFieldDefinitionType>[0]) =>
  Object.assign(new CustomFieldPayload(), { customField: toCustomFieldDefinitionType(definition) });

@Resolver(() => CustomFieldDefinitionType)
export class CustomFieldResolver {
  @Authorized()
  @Query(() => [CustomFieldDefinitionType], { description: "The custom fields of an entity kind, in form order." })
  async customFieldDefinitions(
    @Arg("entity", () => CustomFieldEntityEnum, { description: "The kind of record." }) entity: CustomFieldEntity,
    @Arg("includeArchived", { defaultValue: false, description: "Include archived fields." }) includeArchived: boolean,
    @Ctx() context: RequestContext,
  ): Promise<CustomFieldDefinitionType[]> {
    return (await customFields.listCustomFields(context, entity, includeArchived)).map(toCustomFieldDefinitionType);
  }

  @Authorized(ADMIN_ROLES)
  @Mutation(() => CustomFieldPayload, { description: "Defines a custom field." })
  async defineCustomField(@Arg("input", { description: "The field to define." }) input: DefineCustomFieldInput, @Ctx() context: RequestContext): Promise<CustomFieldPayload> {
    return payload(await customFields.defineCustomField(context, input));
  }

  @Authorized(ADMIN_ROLES)
  @Mutation(() => CustomFieldPayload, { description: "Changes a custom field's label, help text, options, requiredness or position." })
  async updateCustomField(@Arg("input", { description: "The field and the changes." }) input: UpdateCustomFieldInput, @Ctx() context: RequestContext): Promise<CustomFieldPayload> {
    return payload(await customFields.updateCustomField(context, input));
  }

  @Authorized(ADMIN_ROLES)
  @Mutation(() => CustomFieldPayload, { description: "Archives a custom field: values stay, the field leaves forms and cannot be set." })
  async archiveCustomField(@Arg("input", { description: "The field to archive." }) input: CustomFieldIdInput, @Ctx() context: RequestContext): Promise<CustomFieldPayload> {
    return payload(await customFields.setCustomFieldArchived(context, input.id, true));
  }

  @Authorized(ADMIN_ROLES)
  @Mutation(() => CustomFieldPayload, { description: "Brings an archived custom field back." })
  async restoreCustomField(@Arg("input", { description: "The field to restore." }) input: CustomFieldIdInput, @Ctx() context: RequestContext): Promise<CustomFieldPayload> {
    return payload(await customFields.setCustomFieldArchived(context, input.id, false));
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => SetCustomValuesPayload, { description: "Sets custom values on a contact or a company." })
  async setCustomValues(@Arg("input", { description: "The record and its values." }) input: SetCustomValuesInput, @Ctx() context: RequestContext): Promise<SetCustomValuesPayload> {
    return Object.assign(new SetCustomValuesPayload(), { record: await setCustomValues(context, input) });
  }
}
