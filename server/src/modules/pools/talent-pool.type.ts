import type { PoolKind } from "@talentlane/shared";
import { GraphQLJSONObject } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { ConnectionType, PageInfo, type Connection } from "../../common/pagination/connection.types";
import { PoolKindEnum } from "../../graphql/enums";
import { Node } from "../../graphql/node";
import { ContactType } from "../contacts/contact.type";

@ObjectType("TalentPool", { simpleResolvers: true, implements: Node, description: "A pool of contacts for future openings: hand-picked (STATIC) or defined by a saved filter (DYNAMIC)." })
export class TalentPoolType extends Node {
  rawId: string;
  ownerRawId: string | null;

  @Field({ description: "The pool's name (unique in the workspace)." })
  name: string;

  @Field(() => String, { nullable: true, description: "What the pool is for." })
  description: string | null;

  @Field(() => PoolKindEnum, { description: "How it gets its members." })
  kind: PoolKind;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "DYNAMIC pools: the saved ContactFilter that defines the members." })
  filter: Record<string, unknown> | null;

  @Field({ description: "When the pool was created." })
  createdAt: Date;

  @Field({ description: "When it last changed." })
  updatedAt: Date;

  @Field(() => Int, { description: "Increases on every change." })
  version: number;
}

@ObjectType("TalentPoolMemberEdge", { simpleResolvers: true, description: "A member of a pool, with how they got in (STATIC pools)." })
export class TalentPoolMemberEdge {
  addedByRawId: string | null;

  @Field({ description: "An opaque cursor for this member." })
  cursor: string;

  @Field(() => ContactType, { description: "The contact." })
  node: ContactType;

  @Field(() => Date, { nullable: true, description: "When they were added; null in DYNAMIC pools." })
  addedAt: Date | null;

  @Field(() => String, { nullable: true, description: "Why they were added." })
  note: string | null;
}

@ObjectType("TalentPoolMemberConnection", { simpleResolvers: true, description: "A page of a pool's members." })
export class TalentPoolMemberConnection implements Connection<ContactType> {
  @Field(() => [TalentPoolMemberEdge], { description: "The page's members with how they got in." })
  edges: TalentPoolMemberEdge[];

  @Field(() => [ContactType], { description: "The page's contacts." })
  nodes: ContactType[];

  @Field(() => PageInfo, { description: "Cursors and flags to fetch neighbouring pages." })
  pageInfo: PageInfo;

  countTotal: () => Promise<number>;

  @Field(() => Int, { description: "How many members match in all." })
  totalCount(): Promise<number> {
    return this.countTotal();
  }
}

@ObjectType("TalentPoolConnection", { simpleResolvers: true, description: "A page of talent pools." })
export class TalentPoolConnection extends ConnectionType("TalentPool", TalentPoolType, "A page of talent pools.") {}

