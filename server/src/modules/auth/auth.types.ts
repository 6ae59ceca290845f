import type { ApiKeyScope } from "@talentlane/shared";
import { Field, ObjectType } from "type-graphql";
import { ApiKeyScopeEnum, AuthMethod } from "../../graphql/enums";
import { UserType } from "../users/user.type";
import { WorkspaceType } from "../workspaces/workspace.type";

@ObjectType("Viewer", { simpleResolvers: true, description: "Who is calling, in which workspace, and how they authenticated." })
export class ViewerType {
  @Field(() => UserType, { description: "The signed-in user (for an API key: the user who created it)." })
  user: UserType;

  @Field(() => WorkspaceType, { description: "The user's workspace." })
  workspace: WorkspaceType;

  @Field(() => AuthMethod, { description: "How the request authenticated." })
  authMethod: AuthMethod;

  @Field(() => [ApiKeyScopeEnum], { description: "What the credential may do." })
  scopes: ApiKeyScope[];
}

@ObjectType({ simpleResolvers: true, description: "The result of signing in or up: the session cookie is set on the response." })
export class AuthPayload {
  @Field(() => UserType, { description: "The signed-in user." })
  user: UserType;

  @Field(() => WorkspaceType, { description: "Their workspace." })
  workspace: WorkspaceType;
}
