import { Args, ArgsType, Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { tagContacts, untagContacts } from "../../commands/tag-contacts";
import { ConnectionArgs } from "../../common/pagination/connection.types";
import { WRITER_ROLES } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { BulkTagInput, BulkTagPayload, UpdateTagInput } from "./tag.inputs";
import { listTags } from "./tag.service";
import { updateTag } from "./update-tag";
import { TagConnection, TagType } from "./tag.type";

@ArgsType()
class TagsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Only tags whose name contains this text." })
  search?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "The result of changing a tag." })
class TagPayload {
  @Field(() => TagType, { description: "The tag as it is now." })
  tag: TagType;
}

@Resolver(() => TagType)
export class TagResolver {
  @Authorized()
  @Query(() => TagConnection, { description: "The workspace's tags, by name." })
  tags(@Args() args: TagsArgs, @Ctx() context: RequestContext): Promise<TagConnection> {
    return listTags(context, args);
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => BulkTagPayload, { description: "Adds tags to contacts named by id or selected by a filter." })
  tagContacts(@Arg("input", { description: "The contacts and the tags to add." }) input: BulkTagInput, @Ctx() context: RequestContext): Promise<BulkTagPayload> {
    return tagContacts(context, input);
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => BulkTagPayload, { description: "Removes tags from contacts named by id or selected by a filter." })
  untagContacts(@Arg("input", { description: "The contacts and the tags to remove." }) input: BulkTagInput, @Ctx() context: RequestContext): Promise<BulkTagPayload> {
    return untagContacts(context, input);
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => TagPayload, { description: "Renames or recolours a tag; contacts keep it." })
  async updateTag(@Arg("input", { description: "The tag and the changes." }) input: UpdateTagInput, @Ctx() context: RequestContext): Promise<TagPayload> {
    return Object.assign(new TagPayload(), { tag: await updateTag(context, input) });
  }
}
