import { Field, ObjectType } from "type-graphql";
import { Node } from "../../graphql/node";

@ObjectType("WorkspaceSettings", { simpleResolvers: true, description: "Workspace-wide preferences." })
export class WorkspaceSettingsType {
  @Field(() => String, {
    nullable: true,
    description: "ISO 3166-1 alpha-2 country used to read phone numbers written without a country code.",
  })
  defaultCountry: string | null;
}

@ObjectType("Workspace", { simpleResolvers: true, implements: Node, description: "A tenant: one firm's data, isolated from every other." })
export class WorkspaceType extends Node {
  rawId: string;

  @Field({ description: "The workspace's name." })
  name: string;

  @Field(() => WorkspaceSettingsType, { description: "Workspace-wide preferences." })
  settings: WorkspaceSettingsType;

  @Field({ description: "When the workspace was created." })
  createdAt: Date;
}
