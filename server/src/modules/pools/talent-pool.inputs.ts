import type { PoolKind } from "@talentlane/shared";
import { LIMITS } from "@talentlane/shared";
import { ArrayMaxSize, IsOptional, MaxLength, MinLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { PoolKindEnum } from "../../graphql/enums";
import { ContactFilter } from "../contacts/contact-filter.inputs";

@InputType({ description: "A new talent pool." })
export class CreateTalentPoolInput {
  @Field({ description: "Its name (unique in the workspace)." })
  @MinLength(1)
  @MaxLength(LIMITS.nameMaxLength)
  name: string;

  @Field(() => String, { nullable: true, description: "What it is for." })
  @IsOptional()
  @MaxLength(LIMITS.lineMaxLength)
  description?: string | null;

  @Field(() => PoolKindEnum, { description: "STATIC (members by hand) or DYNAMIC (members by filter)." })
  kind: PoolKind;

  @Field(() => ContactFilter, { nullable: true, description: "DYNAMIC pools: the filter that defines the members (required)." })
  filter?: ContactFilter | null;
}

@InputType({ description: "Changes to a talent pool." })
export class UpdateTalentPoolInput {
  @Field(() => ID, { description: "The pool." })
  id: string;

  @Field(() => Int, { nullable: true, description: "The version you last read; a newer one is a CONFLICT." })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: "A new name." })
  @IsOptional()
  @MinLength(1)
  @MaxLength(LIMITS.nameMaxLength)
  name?: string | null;

  @Field(() => String, { nullable: true, description: "New help text." })
  @IsOptional()
  @MaxLength(LIMITS.lineMaxLength)
  description?: string | null;

  @Field(() => ContactFilter, { nullable: true, description: "DYNAMIC pools: a new filter." })
  filter?: ContactFilter | null;
}

@InputType({ description: "Names a talent pool." })
export class TalentPoolIdInput {
  @Field(() => ID, { description: "The pool." })
  id: string;
}

@InputType({ description: "Adds contacts to (or removes them from) a STATIC pool: by `contactIds`, or every contact a `filter` selects." })
export class PoolMembersInput {
  @Field(() => ID, { description: "The pool." })
  poolId: string;

  @Field(() => [ID], { nullable: true, description: `The contacts (at most ${LIMITS.bulkIdsMax}).` })
  @IsOptional()
  @ArrayMaxSize(LIMITS.bulkIdsMax)
  contactIds?: string[] | null;

  @Field(() => ContactFilter, { nullable: true, description: "Every contact matching this filter." })
  filter?: ContactFilter | null;

  @Field(() => String, { nullable: true, description: "With `filter`: only contacts matching this search too." })
  @IsOptional()
  @MaxLength(LIMITS.searchMaxLength)
  search?: string | null;

  @Field(() => String, { nullable: true, description: "Adding: a note kept on each new membership." })
  @IsOptional()
  @MaxLength(LIMITS.lineMaxLength)
  note?: string | null;
}
