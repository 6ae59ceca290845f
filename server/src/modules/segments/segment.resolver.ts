import { LIMITS } from "@talentlane/shared";
import { IsOptional, MaxLength } from "class-validator";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs } from "../../common/pagination/connection.types";
import { WRITER_ROLES } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { selectsField } from "../../graphql/selected-fields";
import { ContactOrderBy } from "../contacts/contact-filter.inputs";
import { listContacts } from "../contacts/contact.service";
import { ContactConnection } from "../contacts/contact.type";
import { UserType } from "../users/user.type";
import { CreateSegmentInput, SegmentIdInput, UpdateSegmentInput } from "./segment.inputs";
import * as segments from "./segment.service";
import { SegmentConnection, SegmentType } from "./segment.type";

@ArgsType()
class SegmentContactsArgs extends ConnectionArgs {
  @Field(() => ContactOrderBy, { nullable: true, description: "The order (default CREATED_AT_DESC)." })
  orderBy?: ContactOrderBy | null;
}

@ArgsType()
class SegmentsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Only segments whose name contains this text, ignoring case." })
  @IsOptional()
  @MaxLength(LIMITS.searchMaxLength)
  search?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "The result of a segment mutation." })
class SegmentPayload {
  @Field(() => SegmentType, { description: "The segment." })
  segment: SegmentType;
}

const payload = (segment: SegmentType) => Object.assign(new SegmentPayload(), { segment });

@Resolver(() => SegmentType)
export class SegmentResolver {
  @Authorized()
  @Query(() => SegmentConnection, { description: "Segments you may use: the workspace's shared ones and your private ones." })
  segments(@Args() args: SegmentsArgs, @Ctx() context: RequestContext): Promise<SegmentConnection> {
    return segments.listSegments(context, args);
  }

  @Authorized()
  @Query(() => SegmentType, { description: "One segment. NOT_FOUND if there is none you may use." })
  segment(@Arg("id", () => ID, { description: "The segment's id." }) id: string, @Ctx() context: RequestContext): Promise<SegmentType> {
    return segments.getSegment(context, id, ["id"]);
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => SegmentPayload, { description: "Saves a filter as a segment." })
  async createSegment(@Arg("input", { description: "The segment." }) input: CreateSegmentInput, @Ctx() context: RequestContext): Promise<SegmentPayload> {
    return payload(await segments.createSegment(context, input));
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => SegmentPayload, { description: "Changes a segment." })
  async updateSegment(@Arg("input", { description: "The segment and the changes." }) input: UpdateSegmentInput, @Ctx() context: RequestContext): Promise<SegmentPayload> {
    return payload(await segments.updateSegment(context, input));
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => SegmentPayload, { description: "Deletes a segment that no other saved filter uses." })
  async deleteSegment(@Arg("input", { description: "The segment." }) input: SegmentIdInput, @Ctx() context: RequestContext): Promise<SegmentPayload> {
    return payload(await segments.deleteSegment(context, input.id));
  }

  @FieldResolver(() => UserType, { nullable: true, description: "Who saved it." })
  owner(@Root() segment: SegmentType, @Ctx() context: RequestContext): Promise<UserType | null> {
    return context.loaders.usersById.load(segment.ownerRawId);
  }

  @FieldResolver(() => ContactConnection, { description: "The contacts the segment matches now." })
  contacts(@Root() segment: SegmentType, @Args() args: SegmentContactsArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ContactConnection> {
    return listContacts(context, { ...args, filter: { segments: { anyOf: [segment.id] } } }, { withTotal: selectsField(info, "totalCount") });
  }
}
