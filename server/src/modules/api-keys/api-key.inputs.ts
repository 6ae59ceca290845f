import type { ApiKeyScope } from "@talentlane/shared";
import { LIMITS } from "@talentlane/shared";
import { ArrayMaxSize, ArrayMinSize, MaxLength, MinLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ApiKeyScopeEnum } from "../../graphql/enums";

@InputType({ description: "A new API key." })
export class CreateApiKeyInput {
  @Field({ description: "What the key is for." })
  @MinLength(1)
  @MaxLength(LIMITS.apiKeyNameMaxLength)
  name: string;

  @Field(() => [ApiKeyScopeEnum], { description: "What it may do: [READ] or [READ, WRITE]." })
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  scopes: ApiKeyScope[];

  @Field(() => Date, { nullable: true, description: "When it stops working; never if left out." })
  expiresAt?: Date | null;
}

@InputType({ description: "Names an API key." })
export class ApiKeyIdInput {
  @Field(() => ID, { description: "The key's id." })
  id: string;
}
