import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { ADMIN_ROLES } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { UserType } from "../users/user.type";
import { ApiKeyIdInput, CreateApiKeyInput } from "./api-key.inputs";
import * as apiKeys from "./api-key.service";
import { ApiKeyType } from "./api-key.type";

@ObjectType({ simpleResolvers: true, description: "A new API key and its secret." })
class CreateApiKeyPayload {
  @Field(() => ApiKeyType, { description: "The key." })
  apiKey: ApiKeyType;

  @Field({ description: "The secret to send as `Authorization: Bearer <secret>`. Shown only now: store it safely." })
  secret: string;
}

@ObjectType({ simpleResolvers: true, description: "The result of revoking an API key." })
class RevokeApiKeyPayload {
  @Field(() => ApiKeyType, { description: "The key, now revoked." })
  apiKey: ApiKeyType;
}

@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  @Authorized(ADMIN_ROLES)
  @Query(() => [ApiKeyType], { description: "The workspace's API keys, newest first (admins only)." })
  apiKeys(@Ctx() context: RequestContext): Promise<ApiKeyType[]> {
    return apiKeys.listApiKeys(context);
  }

  @Authorized(ADMIN_ROLES)
  @Mutation(() => CreateApiKeyPayload, { description: "Creates an API key acting as you; its secret is shown once." })
  async createApiKey(@Arg("input", { description: "The key to create." }) input: CreateApiKeyInput, @Ctx() context: RequestContext): Promise<CreateApiKeyPayload> {
    return Object.assign(new CreateApiKeyPayload(), await apiKeys.createApiKey(context, input));
  }

  @Authorized(ADMIN_ROLES)
  @Mutation(() => RevokeApiKeyPayload, { description: "Revokes an API key." })
  async revokeApiKey(@Arg("input", { description: "The key to revoke." }) input: ApiKeyIdInput, @Ctx() context: RequestContext): Promise<RevokeApiKeyPayload> {
    return Object.assign(new RevokeApiKeyPayload(), { apiKey: await apiKeys.revokeApiKey(context, input.id) });
  }

  @FieldResolver(() => UserType, { nullable: true, description: "Who created the key (it acts as them)." })
  createdBy(@Root() key: ApiKeyType, @Ctx() context: RequestContext): Promise<UserType | null> {
    return context.loaders.usersById.load(key.createdByRawId);
  }
}
