import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { PoolKind } from "@talentlane/shared";
import { ConnectionArgs } from "../../common/pagination/connection.types";
import { PoolKindEnum } from "../../graphql/enums";
import { WRITER_ROLES } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { selectsField } from "../../graphql/selected-fields";
import { ContactFilter, ContactOrderBy } from "../contacts/contact-filter.inputs";
import { UserType } from "../users/user.type";
import { CreateTalentPoolInput, PoolMembersInput, TalentPoolIdInput, UpdateTalentPoolInput } from "./talent-pool.inputs";
import * as pools from "./talent-pool.service";
import { TalentPoolConnection, TalentPoolMemberConnection, TalentPoolMemberEdge, TalentPoolType } from "./talent-pool.type";

@ArgsType()
class TalentPoolsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Only pools whose name contains this text." })
  search?: string | null;

  @Field(() => PoolKindEnum, { nullable: true, description: "Only pools of this kind (e.g. STATIC, the pools contacts can be added to)." })
  kind?: PoolKind | null;
}

@ArgsType()
class PoolMembersArgs extends ConnectionArgs {
  @Field(() => ContactFilter, { nullable: true, description: "Narrow the members further with any contact filter." })
  filter?: ContactFilter | null;

  @Field(() => String, { nullable: true, description: "Narrow the members with a search." })
  search?: string | null;

  @Field(() => ContactOrderBy, { nullable: true, description: "The order (default CREATED_AT_DESC; RELEVANCE is not offered here)." })
  orderBy?: ContactOrderBy | null;
}

@ObjectType({ simpleResolvers: true, description: "The result of a talent pool mutation." })
class TalentPoolPayload {
  @Field(() => TalentPoolType, { description: "The pool as it is now." })
  talentPool: TalentPoolType;
}

@ObjectType({ simpleResolvers: true, description: "The result of adding or removing pool members." })
class PoolMembersPayload {
  @Field(() => TalentPoolType, { description: "The pool as it is now." })
  talentPool: TalentPoolType;

  @Field(() => Int, { description: "How many memberships were added or removed." })
  affectedCount: number;
}

const payload = (talentPool: TalentPoolType) => Object.assign(new TalentPoolPayload(), { talentPool });

@Resolver(() => TalentPoolType)
export class TalentPoolResolver {
  @Authorized()
  @Query(() => TalentPoolConnection, { description: "The workspace's talent pools, by name." })
  talentPools(@Args() args: TalentPoolsArgs, @Ctx() context: RequestContext): Promise<TalentPoolConnection> {
    return pools.listTalentPools(context, args);
  }

  @Authorized()
  @Query(() => TalentPoolType, { description: "One talent pool. NOT_FOUND if there is none." })
  talentPool(@Arg("id", () => ID, { description: "The pool's id." }) id: string, @Ctx() context: RequestContext): Promise<TalentPoolType> {
    return pools.getTalentPool(context, id, ["id"]);
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => TalentPoolPayload, { description: "Creates a STATIC or DYNAMIC talent pool." })
  async createTalentPool(@Arg("input", { description: "The pool." }) input: CreateTalentPoolInput, @Ctx() context: RequestContext): Promise<TalentPoolPayload> {
    return payload(await pools.createTalentPool(context, input));
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => TalentPoolPayload, { description: "Changes a pool's name, description or (DYNAMIC) filter." })
  async updateTalentPool(@Arg("input", { description: "The pool and the changes." }) input: UpdateTalentPoolInput, @Ctx() context: RequestContext): Promise<TalentPoolPayload> {
    return payload(await pools.updateTalentPool(context, input));
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => TalentPoolPayload, { description: "Deletes a pool (the contacts stay)." })
  async deleteTalentPool(@Arg("input", { description: "The pool." }) input: TalentPoolIdInput, @Ctx() context: RequestContext): Promise<TalentPoolPayload> {
    return payload(await pools.deleteTalentPool(context, input.id));
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => PoolMembersPayload, { description: "Adds contacts to a STATIC pool, by ids or by filter." })
  async addToTalentPool(@Arg("input", { description: "The pool and the contacts." }) input: PoolMembersInput, @Ctx() context: RequestContext): Promise<PoolMembersPayload> {
    const result = await pools.addToTalentPool(context, input);
    return Object.assign(new PoolMembersPayload(), { talentPool: result.pool, affectedCount: result.count });
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => PoolMembersPayload, { description: "Removes contacts from a STATIC pool, by ids or by filter." })
  async removeFromTalentPool(@Arg("input", { description: "The pool and the contacts." }) input: PoolMembersInput, @Ctx() context: RequestContext): Promise<PoolMembersPayload> {
    const result = await pools.removeFromTalentPool(context, input);
    return Object.assign(new PoolMembersPayload(), { talentPool: result.pool, affectedCount: result.count });
  }

  @FieldResolver(() => TalentPoolMemberConnection, { description: "The pool's members, narrowed by any filter and search." })
  members(@Root() pool: TalentPoolType, @Args() args: PoolMembersArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<TalentPoolMemberConnection> {
    return pools.listPoolMembers(context, pool, args, { withTotal: selectsField(info, "totalCount") });
  }

  @FieldResolver(() => UserType, { nullable: true, description: "Who owns the pool." })
  owner(@Root() pool: TalentPoolType, @Ctx() context: RequestContext): Promise<UserType | null> | null {
    return pool.ownerRawId ? context.loaders.usersById.load(pool.ownerRawId) : null;
  }
}

@Resolver(() => TalentPoolMemberEdge)
export class TalentPoolMemberEdgeResolver {
  @FieldResolver(() => UserType, { nullable: true, description: "Who added the member; null in DYNAMIC pools." })
  addedBy(@Root() edge: TalentPoolMemberEdge, @Ctx() context: RequestContext): Promise<UserType | null> | null {
    return edge.addedByRawId ? context.loaders.usersById.load(edge.addedByRawId) : null;
  }
}
