import type { InteractionChannel, InteractionDirection } from "@talentlane/shared";
import { Field, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../common/pagination/connection.types";
import { InteractionChannelEnum, InteractionDirectionEnum } from "../../graphql/enums";
import { Node } from "../../graphql/node";

@ObjectType("Participant", { simpleResolvers: true, description: "Someone else present in an interaction." })
export class ParticipantType {
  @Field(() => String, { nullable: true, description: "Their name." })
  name: string | null;

  @Field(() => String, { nullable: true, description: "Their email address." })
  email: string | null;
}

@ObjectType("Interaction", { simpleResolvers: true, implements: Node, description: "One touchpoint with a contact: email, call, meeting, note, message or interview." })
export class InteractionType extends Node {
  rawId: string;
  contactRawId: string;
  authorRawId: string | null;

  @Field(() => InteractionChannelEnum, { description: "How it took place." })
  channel: InteractionChannel;

  @Field(() => InteractionDirectionEnum, { description: "Who started it." })
  direction: InteractionDirection;

  @Field(() => String, { nullable: true, description: "Subject or title." })
  subject: string | null;

  @Field(() => String, { nullable: true, description: "The content: email body, call notes, the note itself." })
  body: string | null;

  @Field({ description: "When it happened." })
  occurredAt: Date;

  @Field(() => Int, { nullable: true, description: "How long it lasted, in minutes (calls, meetings, interviews)." })
  durationMinutes: number | null;

  @Field(() => [ParticipantType], { description: "Others present." })
  participants: ParticipantType[];

  @Field({ description: "When it was logged." })
  createdAt: Date;
}

@ObjectType("InteractionConnection", { simpleResolvers: true, description: "A page of interactions, most recent first." })
export class InteractionConnection extends ConnectionType("Interaction", InteractionType, "A page of interactions, most recent first.") {}
