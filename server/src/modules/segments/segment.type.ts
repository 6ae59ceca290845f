import type { SegmentVisibility } from "@talentlane/shared";
import { GraphQLJSONObject } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../common/pagination/connection.types";
import { SegmentVisibilityEnum } from "../../graphql/enums";
import { Node } from "../../graphql/node";

@ObjectType("Segment", { simpleResolvers: true, implements: Node, description: "A saved contact filter with a name; usable anywhere a filter is (`segments: { anyOf: [id] }`)." })
export class SegmentType extends Node {
  rawId: string;
  ownerRawId: string;

  @Field({ description: "The segment's name." })
  name: string;

  @Field(() => String, { nullable: true, description: "What the segment is for." })
  description: string | null;

  @Field(() => GraphQLJSONObject, { description: "The saved ContactFilter, in the shape of the ContactFilter input." })
  filter: Record<string, unknown>;

  @Field(() => SegmentVisibilityEnum, { description: "Who sees it." })
  visibility: SegmentVisibility;

  @Field({ description: "When it was saved." })
  createdAt: Date;

  @Field({ description: "When it last changed." })
  updatedAt: Date;

  @Field(() => Int, { description: "Increases on every change." })
  version: number;
}

@ObjectType("SegmentConnection", { simpleResolvers: true, description: "A page of segments." })
export class SegmentConnection extends ConnectionType("Segment", SegmentType, "A page of segments.") {}
