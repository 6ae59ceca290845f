import { LIMITS } from "@talentlane/shared";
import { IsOptional, MaxLength } from "class-validator";
import { Arg, Args, ArgsType, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { ConnectionArgs } from "../../common/pagination/connection.types";
import { ADMIN_ROLES } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { UserConnection } from "./user.connection";
import { CreateUserInput, UpdateUserRoleInput, UserIdInput } from "./user.inputs";
import * as users from "./user.service";
import { UserType } from "./user.type";

@ArgsType()
class UsersArgs extends ConnectionArgs {
  @Field({ nullable: true, defaultValue: false, description: "Include deactivated users." })
  includeInactive?: boolean;

  @Field(() => String, { nullable: true, description: "Only users whose name or email contains this text, ignoring case." })
  @IsOptional()
  @MaxLength(LIMITS.searchMaxLength)
  search?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "The result of a user mutation." })
class UserPayload {
  @Field(() => UserType, { description: "The user as they are now." })
  user: UserType;
}

const payload = (user: UserType) => Object.assign(new UserPayload(), { user });

@Resolver(() => UserType)
export class UserResolver {
  @Authorized()
  @Query(() => UserConnection, { description: "The workspace's users, by name." })
  users(@Args() args: UsersArgs, @Ctx() context: RequestContext): Promise<UserConnection> {
    return users.listUsers(context, args);
  }

  @Authorized(ADMIN_ROLES)
  @Mutation(() => UserPayload, { description: "Adds a user to the workspace." })
  async createUser(@Arg("input", { description: "The user to add." }) input: CreateUserInput, @Ctx() context: RequestContext): Promise<UserPayload> {
    return payload(await users.createUser(context, input));
  }

  @Authorized(ADMIN_ROLES)
  @Mutation(() => UserPayload, { description: "Changes a user's role." })
  async updateUserRole(@Arg("input", { description: "The user and the new role." }) input: UpdateUserRoleInput, @Ctx() context: RequestContext): Promise<UserPayload> {
    return payload(await users.updateUserRole(context, input.userId, input.role));
  }

  @Authorized(ADMIN_ROLES)
  @Mutation(() => UserPayload, { description: "Deactivates a user: they are signed out everywhere and cannot sign in." })
  async deactivateUser(@Arg("input", { description: "The user to deactivate." }) input: UserIdInput, @Ctx() context: RequestContext): Promise<UserPayload> {
    return payload(await users.setUserActive(context, input.userId, false));
  }

  @Authorized(ADMIN_ROLES)
  @Mutation(() => UserPayload, { description: "Lets a deactivated user sign in again." })
  async reactivateUser(@Arg("input", { description: "The user to reactivate." }) input: UserIdInput, @Ctx() context: RequestContext): Promise<UserPayload> {
    return payload(await users.setUserActive(context, input.userId, true));
  }
}
