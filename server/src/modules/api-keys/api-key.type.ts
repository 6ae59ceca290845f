import type { ApiKeyScope } from "@talentlane/shared";
import { Field, ObjectType } from "type-graphql";
import { ApiKeyScopeEnum } from "../../graphql/enums";
import { Node } from "../../graphql/node";

@ObjectType("ApiKey", { simpleResolvers: true, implements: Node, description: "An integrator's key. It acts as the user who created it, narrowed to its scopes." })
export class ApiKeyType extends Node {
  rawId: string;
  createdByRawId: string;

  @Field({ description: "What the key is for, e.g. 'HRIS sync'." })
  name: string;

  @Field(() => [ApiKeyScopeEnum], { description: "What the key may do." })
  scopes: ApiKeyScope[];

  @Field({ description: "The key's last characters, to tell keys apart; the secret itself is never shown again." })
  hint: string;

  @Field({ description: "When the key was created." })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When the key was last used." })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When the key stops working; null if never." })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When the key was revoked; null if it is active." })
  revokedAt: Date | null;
}
