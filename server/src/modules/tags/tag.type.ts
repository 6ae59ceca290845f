import { Field, ObjectType } from "type-graphql";
import { ConnectionType } from "../../common/pagination/connection.types";
import { Node } from "../../graphql/node";

@ObjectType("Tag", { simpleResolvers: true, implements: Node, description: "A label on contacts; names are unique in a workspace, ignoring case." })
export class TagType extends Node {
  rawId: string;

  @Field({ description: "The tag's name." })
  name: string;

  @Field(() => String, { nullable: true, description: "A colour, #rrggbb." })
  color: string | null;
}

@ObjectType("TagConnection", { simpleResolvers: true, description: "A page of tags." })
export class TagConnection extends ConnectionType("Tag", TagType, "A page of tags.") {}
