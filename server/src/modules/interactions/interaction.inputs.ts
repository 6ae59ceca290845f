import type { InteractionChannel, InteractionDirection } from "@talentlane/shared";
import { LIMITS } from "@talentlane/shared";
import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { ConnectionArgs } from "../../common/pagination/connection.types";
import { InteractionChannelEnum, InteractionDirectionEnum } from "../../graphql/enums";

@InputType({ description: "Someone else present in an interaction." })
export class ParticipantInput {
  @Field(() => String, { nullable: true, description: "Their name." })
  @IsOptional()
  @MaxLength(LIMITS.nameMaxLength)
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Their email address." })
  @IsOptional()
  @MaxLength(LIMITS.emailMaxLength)
  email?: string | null;
}

@InputType({ description: "An interaction to add to a contact's timeline." })
export class LogInteractionInput {
  @Field(() => ID, { description: "The contact it was with." })
  contactId: string;

  @Field(() => InteractionChannelEnum, { description: "How it took place." })
  channel: InteractionChannel;

  @Field(() => InteractionDirectionEnum, {
    nullable: true,
    description: "Who started it; defaults to INTERNAL for notes and OUTBOUND otherwise.",
  })
  direction?: InteractionDirection | null;

  @Field(() => String, { nullable: true, description: "Subject or title." })
  @IsOptional()
  @MaxLength(LIMITS.lineMaxLength)
  subject?: string | null;

  @Field(() => String, { nullable: true, description: "The content." })
  @IsOptional()
  @MaxLength(LIMITS.textMaxLength)
  body?: string | null;

  @Field(() => Date, { nullable: true, description: "When it happened; defaults to now." })
  occurredAt?: Date | null;

  @Field(() => Int, { nullable: true, description: "How long it lasted, in minutes." })
  @IsOptional()
  @Min(0)
  @Max(24 * 60)
  durationMinutes?: number | null;

  @Field(() => [ParticipantInput], { nullable: true, description: "Others present." })
  @IsOptional()
  @ArrayMaxSize(LIMITS.participantsPerInteraction)
  @ValidateNested({ each: true })
  participants?: ParticipantInput[] | null;
}

@ArgsType()
export class TimelineArgs extends ConnectionArgs {
  @Field(() => [InteractionChannelEnum], { nullable: true, description: "Only these channels." })
  channels?: InteractionChannel[] | null;
}
