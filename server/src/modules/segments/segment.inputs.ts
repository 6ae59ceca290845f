import type { SegmentVisibility } from "@talentlane/shared";
import { LIMITS } from "@talentlane/shared";
import { IsOptional, MaxLength, MinLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { SegmentVisibilityEnum } from "../../graphql/enums";
import { ContactFilter } from "../contacts/contact-filter.inputs";

@InputType({ description: "A new segment." })
export class CreateSegmentInput {
  @Field({ description: "Its name." })
  @MinLength(1)
  @MaxLength(LIMITS.nameMaxLength)
  name: string;

  @Field(() => String, { nullable: true, description: "What it is for." })
  @IsOptional()
  @MaxLength(LIMITS.lineMaxLength)
  description?: string | null;

  @Field(() => ContactFilter, { description: "The filter to save." })
  filter: ContactFilter;

  @Field(() => SegmentVisibilityEnum, { nullable: true, defaultValue: "PRIVATE", description: "Who sees it (default PRIVATE)." })
  visibility?: SegmentVisibility;
}

@InputType({ description: "Changes to a segment (only its owner may change it)." })
export class UpdateSegmentInput {
  @Field(() => ID, { description: "The segment." })
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

  @Field(() => ContactFilter, { nullable: true, description: "A new filter." })
  filter?: ContactFilter | null;

  @Field(() => SegmentVisibilityEnum, { nullable: true, description: "Who sees it." })
  visibility?: SegmentVisibility | null;
}

@InputType({ description: "Names a segment." })
export class SegmentIdInput {
  @Field(() => ID, { description: "The segment." })
  id: string;
}
