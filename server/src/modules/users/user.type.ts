import type { UserRole } from "@talentlane/shared";
import { Field, ObjectType } from "type-graphql";
import { UserRoleEnum } from "../../graphql/enums";
import { Node } from "../../graphql/node";

@ObjectType("User", { simpleResolvers: true, implements: Node, description: "A person who signs in to the workspace." })
export class UserType extends Node {
  /** The database id, for resolvers and loaders; not a GraphQL field. */
  rawId: string;

  @Field({ description: "The sign-in email, lower-cased." })
  email: string;

  @Field({ description: "The user's name as colleagues see it." })
  name: string;

  @Field(() => UserRoleEnum, { description: "What the user may do." })
  role: UserRole;

  @Field({ description: "False once an admin has deactivated the user: they can no longer sign in." })
  isActive: boolean;

  @Field(() => Date, { nullable: true, description: "When the user last signed in." })
  lastLoginAt: Date | null;

  @Field({ description: "When the user was added." })
  createdAt: Date;
}
