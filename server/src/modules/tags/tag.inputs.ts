import { LIMITS } from "@talentlane/shared";
import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ContactFilter } from "../contacts/contact-filter.inputs";
import { ContactType } from "../contacts/contact.type";
import { DeletedRecords } from "../../graphql/enums";
import { TagType } from "./tag.type";

@InputType({
  description:
    "Tags or untags many contacts at once: name them by `contactIds`, or select them by `filter` and `search` (exactly one of the two ways).",
})
export class BulkTagInput {
  @Field(() => [ID], { nullable: true, description: `The contacts, by id (at most ${LIMITS.bulkIdsMax}).` })
  @IsOptional()
  @ArrayMaxSize(LIMITS.bulkIdsMax)
  contactIds?: string[] | null;

  @Field(() => ContactFilter, { nullable: true, description: "Every contact matching this filter (no size limit)." })
  filter?: ContactFilter | null;

  @Field(() => String, { nullable: true, description: "With `filter`: only contacts matching this search too." })
  @IsOptional()
  @MaxLength(LIMITS.searchMaxLength)
  search?: string | null;

  @Field(() => DeletedRecords, { nullable: true, description: "With `filter`: whether deleted contacts count (default EXCLUDE)." })
  deleted?: DeletedRecords | null;

  @Field(() => [String], { description: "Tag names; tagging creates tags that do not exist yet." })
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.tagsPerRequest)
  tags: string[];
}

@ObjectType({ simpleResolvers: true, description: "The result of tagging or untagging contacts." })
export class BulkTagPayload {
  @Field(() => Int, { description: "How many contacts changed." })
  affectedCount: number;

  @Field(() => [TagType], { description: "The tags applied or removed." })
  tags: TagType[];

  @Field(() => [ContactType], {
    description: "The changed contacts as they are now (the first 100, so a client cache can update; refetch for more).",
  })
  contacts: ContactType[];
}

@InputType({ description: "Changes to a tag." })
export class UpdateTagInput {
  @Field(() => ID, { description: "The tag's id." })
  id: string;

  @Field(() => String, { nullable: true, description: "A new name (unique in the workspace, ignoring case)." })
  @IsOptional()
  @MaxLength(100)
  name?: string | null;

  @Field(() => String, { nullable: true, description: "A colour, #rrggbb; an empty string clears it." })
  @IsOptional()
  @MaxLength(7)
  color?: string | null;
}
