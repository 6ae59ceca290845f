import { GraphQLJSONObject } from "graphql-scalars";
import { Field, InterfaceType } from "type-graphql";

/** A record that carries custom values. */
@InterfaceType("HasCustomValues", { description: "A record that carries values of workspace-defined custom fields." })
export abstract class HasCustomValues {
  @Field(() => GraphQLJSONObject, {
    description: "Custom values by field key (see `customFieldDefinitions`); fields without a value are absent.",
  })
  customValues: Record<string, unknown>;
}
