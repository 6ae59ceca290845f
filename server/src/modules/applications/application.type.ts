import type { ApplicationStatus, RejectCategory } from "@talentlane/shared";
import { Field, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../common/pagination/connection.types";
import { ApplicationStatusEnum, RejectCategoryEnum } from "../../graphql/enums";
import { Node } from "../../graphql/node";
import type { ContactType } from "../contacts/contact.type";

@ObjectType("RejectReason", { simpleResolvers: true, description: "Why an application was rejected." })
export class RejectReasonType {
  @Field(() => RejectCategoryEnum, { description: "The reason's category." })
  category: RejectCategory;

  @Field(() => String, { nullable: true, description: "Details." })
  note: string | null;
}

@ObjectType("Application", { simpleResolvers: true, implements: Node, description: "A contact's candidacy on a job: a card on the job's board." })
export class ApplicationType extends Node {
  rawId: string;
  contactRawId: string;
  jobRawId: string;
  stageRawId: string;
  creditedToRawId: string | null;
  /**
   * The contact as a board's card row read it, with only the columns the request asked of it (board.loaders.ts);
   * otherwise unset, and the contact comes from the contact loader.
   */
  cardContact?: ContactType;

  @Field({ description: "The card's position in its stage column (a fractional rank; sort ascending)." })
  rank: string;

  @Field(() => ApplicationStatusEnum, { description: "Whether the application is still in play." })
  status: ApplicationStatus;

  @Field(() => String, { nullable: true, description: "Where the candidate came from for this job (source of hire)." })
  source: string | null;

  @Field(() => RejectReasonType, { nullable: true, description: "Why it was rejected; null unless REJECTED." })
  rejectReason: RejectReasonType | null;

  @Field({ description: "When the candidate applied or was added to the job." })
  appliedAt: Date;

  @Field({ description: "When the application entered its current stage." })
  stageEnteredAt: Date;

  @Field(() => Int, { description: "Whole days in the current stage (aging)." })
  daysInStage: number;

  @Field({ description: "True when an active application has been in its stage longer than the stage's SLA." })
  isSlaBreached: boolean;

  @Field(() => Date, { nullable: true, description: "When it was hired, rejected or withdrawn." })
  closedAt: Date | null;

  @Field({ description: "When the application was created." })
  createdAt: Date;

  @Field({ description: "When it last changed." })
  updatedAt: Date;

  @Field(() => Int, { description: "Increases on every change; pass it as `expectedVersion` to detect concurrent moves." })
  version: number;
}

@ObjectType("ApplicationConnection", { simpleResolvers: true, description: "A page of applications." })
export class ApplicationConnection extends ConnectionType("Application", ApplicationType, "A page of applications.") {}

@ObjectType("StageTransition", { simpleResolvers: true, implements: Node, description: "One stage change of an application (the history is append-only)." })
export class StageTransitionType extends Node {
  fromStageRawId: string | null;
  toStageRawId: string;
  byRawId: string | null;

  @Field({ description: "When it happened." })
  at: Date;

  @Field(() => String, { nullable: true, description: "Why, when a reason was given." })
  reason: string | null;
}
