import type { UserRole } from "@talentlane/shared";
import { LIMITS } from "@talentlane/shared";
import { MaxLength, MinLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { UserRoleEnum } from "../../graphql/enums";

@InputType({ description: "A new user of the workspace." })
export class CreateUserInput {
  @Field({ description: "Their sign-in email (unique across the install)." })
  @MaxLength(LIMITS.emailMaxLength)
  email: string;

  @Field({ description: "Their name." })
  @MinLength(1)
  @MaxLength(LIMITS.nameMaxLength)
  name: string;

  @Field(() => UserRoleEnum, { description: "What they may do." })
  role: UserRole;

  @Field({ description: `An initial password (at least ${LIMITS.passwordMinLength} characters); they can change it.` })
  @MaxLength(LIMITS.passwordMaxLength)
  password: string;
}

@InputType({ description: "A user's new role." })
export class UpdateUserRoleInput {
  @Field(() => ID, { description: "The user's id." })
  userId: string;

  @Field(() => UserRoleEnum, { description: "The new role." })
  role: UserRole;
}

@InputType({ description: "Names a user." })
export class UserIdInput {
  @Field(() => ID, { description: "The user's id." })
  userId: string;
}
