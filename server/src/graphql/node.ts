import { Field, ID, InterfaceType } from "type-graphql";

/** Relay's Node: every object with a global id can be fetched again with `node(id)`. */
@InterfaceType("Node", { description: "An object with a globally unique, opaque id that `node(id:)` can fetch again." })
export abstract class Node {
  @Field(() => ID, { description: "The object's global id: opaque, stable, unique across types." })
  id: string;
}
