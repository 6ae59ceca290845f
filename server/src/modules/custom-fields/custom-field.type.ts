import type { CustomFieldEntity, CustomFieldType } from "@talentlane/shared";
import { Field, ObjectType } from "type-graphql";
import { CustomFieldEntityEnum, CustomFieldTypeEnum } from "../../graphql/enums";
import { Node } from "../../graphql/node";

@ObjectType("SelectOption", { simpleResolvers: true, description: "One choice of a SINGLE_SELECT or MULTI_SELECT field." })
export class SelectOptionType {
  @Field({ description: "What is stored and filtered on; never changes." })
  value: string;

  @Field({ description: "What people see." })
  label: string;

  @Field({ description: "Archived options stay on records that have them but cannot be chosen again." })
  isArchived: boolean;
}

@ObjectType("CustomFieldDefinition", {
  simpleResolvers: true,
  implements: Node,
  description: "A field a workspace defines for contacts, companies, jobs or applications.",
})
export class CustomFieldDefinitionType extends Node {
  rawId: string;

  @Field(() => CustomFieldEntityEnum, { description: "The kind of record the field belongs to." })
  entity: CustomFieldEntity;

  @Field({ description: "The immutable key values are stored and filtered under (snake_case)." })
  key: string;

  @Field({ description: "The field's name as people see it." })
  label: string;

  @Field(() => String, { nullable: true, description: "Help text." })
  description: string | null;

  @Field(() => CustomFieldTypeEnum, { description: "The type of the field's values." })
  type: CustomFieldType;

  @Field(() => [SelectOptionType], { description: "The choices of a select field; empty for other types." })
  options: SelectOptionType[];

  @Field({ description: "Whether new records must have a value." })
  isRequired: boolean;

  @Field({ description: "The field's place in forms, ascending." })
  position: number;

  @Field({ description: "Archived fields keep their values but are hidden from forms and cannot be set." })
  isArchived: boolean;

  @Field({ description: "When the field was defined." })
  createdAt: Date;

  @Field({ description: "When the definition last changed." })
  updatedAt: Date;
}
