import { LIMITS } from "@talentlane/shared";
import { MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";

@InputType({ description: "A new workspace and its first admin." })
export class SignUpInput {
  @Field({ description: "The workspace's name, e.g. your firm's." })
  @MaxLength(LIMITS.nameMaxLength)
  workspaceName: string;

  @Field({ description: "Your name." })
  @MaxLength(LIMITS.nameMaxLength)
  name: string;

  @Field({ description: "Your email; you sign in with it." })
  @MaxLength(LIMITS.emailMaxLength)
  email: string;

  @Field({ description: `A password of at least ${LIMITS.passwordMinLength} characters.` })
  @MaxLength(LIMITS.passwordMaxLength)
  password: string;
}

@InputType({ description: "Credentials to sign in with." })
export class LoginInput {
  @Field({ description: "Your email." })
  @MaxLength(LIMITS.emailMaxLength)
  email: string;

  @Field({ description: "Your password." })
  @MaxLength(LIMITS.passwordMaxLength)
  password: string;
}

@InputType({ description: "A password change." })
export class ChangePasswordInput {
  @Field({ description: "Your current password." })
  @MaxLength(LIMITS.passwordMaxLength)
  currentPassword: string;

  @Field({ description: `The new password, at least ${LIMITS.passwordMinLength} characters.` })
  @MaxLength(LIMITS.passwordMaxLength)
  newPassword: string;
}
