import type { CompanySize } from "@talentlane/shared";
import { LIMITS } from "@talentlane/shared";
import { ArrayMaxSize, IsOptional, MaxLength, MinLength, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { CompanySizeEnum } from "../../graphql/enums";
import {
  CustomFieldCondition,
  DateTimeFilter,
  IdFilter,
  KeywordFilter,
  TextFilter,
} from "../../graphql/filter-operators.inputs";
import { CustomValueInput } from "../custom-fields/custom-field.inputs";

export enum CompanyOrderBy {
  NAME_ASC = "NAME_ASC",
  NAME_DESC = "NAME_DESC",
  CREATED_AT_DESC = "CREATED_AT_DESC",
  CREATED_AT_ASC = "CREATED_AT_ASC",
  UPDATED_AT_DESC = "UPDATED_AT_DESC",
  UPDATED_AT_ASC = "UPDATED_AT_ASC",
}
registerEnumType(CompanyOrderBy, {
  name: "CompanyOrderBy",
  description: "Orderings of a company list; each ends with the id, so pages are stable.",
  valuesConfig: {
    NAME_ASC: { description: "By name, A to Z." },
    NAME_DESC: { description: "By name, Z to A." },
    CREATED_AT_DESC: { description: "Newest first." },
    CREATED_AT_ASC: { description: "Oldest first." },
    UPDATED_AT_DESC: { description: "Most recently changed first." },
    UPDATED_AT_ASC: { description: "Least recently changed first." },
  },
});

@InputType({ description: "Conditions on a company's size band." })
export class CompanySizeFilter {
  @Field(() => CompanySizeEnum, { nullable: true, description: "Is this band." })
  equalTo?: CompanySize | null;

  @Field(() => CompanySizeEnum, { nullable: true, description: "Is not this band." })
  notEqualTo?: CompanySize | null;

  @Field(() => [CompanySizeEnum], { nullable: true, description: "Is one of these bands." })
  in?: CompanySize[] | null;

  @Field(() => [CompanySizeEnum], { nullable: true, description: "Is none of these bands." })
  notIn?: CompanySize[] | null;
}

@InputType({ description: "Conditions on companies. All fields given must hold; `and`, `or` and `not` group." })
export class CompanyFilter {
  @Field(() => [CompanyFilter], { nullable: true, description: "All of these must hold." })
  and?: CompanyFilter[] | null;

  @Field(() => [CompanyFilter], { nullable: true, description: "At least one of these must hold." })
  or?: CompanyFilter[] | null;

  @Field(() => CompanyFilter, { nullable: true, description: "This must not hold." })
  not?: CompanyFilter | null;

  @Field(() => IdFilter, { nullable: true, description: "The company itself." })
  id?: IdFilter | null;

  @Field(() => TextFilter, { nullable: true, description: "The name." })
  name?: TextFilter | null;

  @Field(() => KeywordFilter, { nullable: true, description: "The web domain." })
  domain?: KeywordFilter | null;

  @Field(() => KeywordFilter, { nullable: true, description: "The industry." })
  industry?: KeywordFilter | null;

  @Field(() => CompanySizeFilter, { nullable: true, description: "The headcount band." })
  size?: CompanySizeFilter | null;

  @Field(() => [CustomFieldCondition], { nullable: true, description: "Conditions on COMPANY custom fields." })
  customFields?: CustomFieldCondition[] | null;

  @Field(() => DateTimeFilter, { nullable: true, description: "When the company was added." })
  createdAt?: DateTimeFilter | null;

  @Field(() => DateTimeFilter, { nullable: true, description: "When the company last changed." })
  updatedAt?: DateTimeFilter | null;
}

@InputType({ description: "A new company." })
export class CreateCompanyInput {
  @Field({ description: "The company's name." })
  @MinLength(1)
  @MaxLength(LIMITS.nameMaxLength)
  name: string;

  @Field(() => String, { nullable: true, description: "Web domain or URL (stored as the bare domain, e.g. acme.com)." })
  @IsOptional()
  @MaxLength(LIMITS.urlMaxLength)
  domain?: string | null;

  @Field(() => String, { nullable: true, description: "The industry." })
  @IsOptional()
  @MaxLength(LIMITS.nameMaxLength)
  industry?: string | null;

  @Field(() => CompanySizeEnum, { nullable: true, description: "The headcount band." })
  size?: CompanySize | null;

  @Field(() => String, { nullable: true, description: "Notes about the company." })
  @IsOptional()
  @MaxLength(LIMITS.textMaxLength)
  description?: string | null;

  @Field(() => [CustomValueInput], { nullable: true, description: "Values of COMPANY custom fields." })
  @IsOptional()
  @ArrayMaxSize(LIMITS.customFieldsPerEntity)
  @ValidateNested({ each: true })
  customValues?: CustomValueInput[] | null;
}

@InputType({ description: "Changes to a company; fields left out keep their values, null clears optional ones." })
export class UpdateCompanyInput {
  @Field(() => ID, { description: "The company's id." })
  id: string;

  @Field(() => Int, { nullable: true, description: "The version you last read; a newer one is a CONFLICT." })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: "A new name." })
  @IsOptional()
  @MinLength(1)
  @MaxLength(LIMITS.nameMaxLength)
  name?: string | null;

  @Field(() => String, { nullable: true, description: "A new domain; null clears it." })
  @IsOptional()
  @MaxLength(LIMITS.urlMaxLength)
  domain?: string | null;

  @Field(() => String, { nullable: true, description: "A new industry; null clears it." })
  @IsOptional()
  @MaxLength(LIMITS.nameMaxLength)
  industry?: string | null;

  @Field(() => CompanySizeEnum, { nullable: true, description: "A new size band; null clears it." })
  size?: CompanySize | null;

  @Field(() => String, { nullable: true, description: "New notes; null clears them." })
  @IsOptional()
  @MaxLength(LIMITS.textMaxLength)
  description?: string | null;

  @Field(() => [CustomValueInput], { nullable: true, description: "Custom values to set; others keep their values." })
  @IsOptional()
  @ArrayMaxSize(LIMITS.customFieldsPerEntity)
  @ValidateNested({ each: true })
  customValues?: CustomValueInput[] | null;
}

@InputType({ description: "Names a company." })
export class CompanyIdInput {
  @Field(() => ID, { description: "The company's id." })
  id: string;
}
