import type { CustomFieldEntity, CustomFieldType } from "@talentlane/shared";
import { LIMITS } from "@talentlane/shared";
import { ArrayMaxSize, IsOptional, Matches, MaxLength, MinLength, ValidateNested } from "class-validator";
import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { CustomFieldEntityEnum, CustomFieldTypeEnum } from "../../graphql/enums";

@InputType({ description: "One choice of a select field." })
export class SelectOptionInput {
  @Field({ description: "What is stored and filtered on: 1-100 characters; cannot change once in use." })
  @MinLength(1)
  @MaxLength(100)
  value: string;

  @Field({ description: "What people see." })
  @MinLength(1)
  @MaxLength(LIMITS.nameMaxLength)
  label: string;

  @Field({ nullable: true, defaultValue: false, description: "Archive the option: kept on records, not offered." })
  isArchived?: boolean;
}

@InputType({ description: "A new custom field." })
export class DefineCustomFieldInput {
  @Field(() => CustomFieldEntityEnum, { description: "The kind of record the field belongs to." })
  entity: CustomFieldEntity;

  @Field({ description: "The immutable key: snake_case, starting with a letter, at most 63 characters." })
  @Matches(/^[a-z][a-z0-9_]{0,62}$/, { message: "must be snake_case: a lower-case letter, then letters, digits or _" })
  key: string;

  @Field({ description: "The field's name as people see it." })
  @MinLength(1)
  @MaxLength(LIMITS.nameMaxLength)
  label: string;

  @Field(() => String, { nullable: true, description: "Help text." })
  @IsOptional()
  @MaxLength(LIMITS.lineMaxLength)
  description?: string | null;

  @Field(() => CustomFieldTypeEnum, { description: "The type of the values; it cannot change later." })
  type: CustomFieldType;

  @Field(() => [SelectOptionInput], { nullable: true, description: "The choices, for SINGLE_SELECT and MULTI_SELECT." })
  @IsOptional()
  @ArrayMaxSize(LIMITS.selectOptionsPerField)
  @ValidateNested({ each: true })
  options?: SelectOptionInput[] | null;

  @Field({ nullable: true, defaultValue: false, description: "Whether new records must have a value." })
  isRequired?: boolean;

  @Field(() => Int, { nullable: true, description: "The field's place in forms; defaults to last." })
  @IsOptional()
  position?: number | null;
}

@InputType({ description: "Changes to a custom field. Its key and type never change." })
export class UpdateCustomFieldInput {
  @Field(() => ID, { description: "The field's id." })
  id: string;

  @Field(() => String, { nullable: true, description: "A new label." })
  @IsOptional()
  @MinLength(1)
  @MaxLength(LIMITS.nameMaxLength)
  label?: string | null;

  @Field(() => String, { nullable: true, description: "New help text; an empty string clears it." })
  @IsOptional()
  @MaxLength(LIMITS.lineMaxLength)
  description?: string | null;

  @Field(() => [SelectOptionInput], {
    nullable: true,
    description: "The full new list of choices. Existing values must stay (archive them instead of removing them).",
  })
  @IsOptional()
  @ArrayMaxSize(LIMITS.selectOptionsPerField)
  @ValidateNested({ each: true })
  options?: SelectOptionInput[] | null;

  @Field(() => Boolean, { nullable: true, description: "Whether new records must have a value." })
  isRequired?: boolean | null;

  @Field(() => Int, { nullable: true, description: "A new place in forms." })
  position?: number | null;
}

@InputType({ description: "Names a custom field." })
export class CustomFieldIdInput {
  @Field(() => ID, { description: "The field's id." })
  id: string;
}

@InputType({ description: "A value for one custom field; `null` clears it." })
export class CustomValueInput {
  @Field({ description: "The field's key." })
  @MaxLength(63)
  key: string;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      "The value, shaped by the field's type: text, number, true/false, `YYYY-MM-DD`, an option value, a list of option values, a URL, `{ amount, currency }` or a user id.",
  })
  value: unknown;
}

@InputType({ description: "Sets custom values on one contact or company." })
export class SetCustomValuesInput {
  @Field(() => ID, { description: "The contact's or company's id." })
  recordId: string;

  @Field(() => [CustomValueInput], { description: "The values to set; fields not named keep their values." })
  @ArrayMaxSize(LIMITS.customFieldsPerEntity)
  @ValidateNested({ each: true })
  values: CustomValueInput[];

  @Field(() => Int, { nullable: true, description: "The version you last read; a newer one is a CONFLICT." })
  expectedVersion?: number | null;
}
