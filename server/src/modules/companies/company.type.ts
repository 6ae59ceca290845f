import type { CompanySize } from "@talentlane/shared";
import { GraphQLJSONObject } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../common/pagination/connection.types";
import { CompanySizeEnum } from "../../graphql/enums";
import { Node } from "../../graphql/node";
import { HasCustomValues } from "../custom-fields/has-custom-values";

@ObjectType("Company", {
  simpleResolvers: true,
  implements: [Node, HasCustomValues],
  description: "A company: a client of the agency, an employer of contacts, or both.",
})
export class CompanyType extends Node implements HasCustomValues {
  rawId: string;

  @Field({ description: "The company's name." })
  name: string;

  @Field(() => String, { nullable: true, description: "The company's web domain (unique in the workspace), e.g. acme.com." })
  domain: string | null;

  @Field(() => String, { nullable: true, description: "The industry, e.g. Software." })
  industry: string | null;

  @Field(() => CompanySizeEnum, { nullable: true, description: "The headcount band." })
  size: CompanySize | null;

  @Field(() => String, { nullable: true, description: "Notes about the company." })
  description: string | null;

  @Field(() => GraphQLJSONObject, { description: "Custom values by field key." })
  customValues: Record<string, unknown>;

  @Field({ description: "When the company was added." })
  createdAt: Date;

  @Field({ description: "When the company last changed." })
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: "When the company was deleted (it can be restored); null if not." })
  deletedAt: Date | null;

  @Field(() => Int, { description: "Increases on every change; pass it as `expectedVersion` to detect concurrent edits." })
  version: number;
}

@ObjectType("CompanyConnection", { simpleResolvers: true, description: "A page of companies." })
export class CompanyConnection extends ConnectionType("Company", CompanyType, "A page of companies.") {}
