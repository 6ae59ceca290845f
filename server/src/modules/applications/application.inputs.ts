import type { ApplicationStatus, RejectCategory } from "@talentlane/shared";
import { LIMITS } from "@talentlane/shared";
import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { ApplicationStatusEnum, DeletedRecords, RejectCategoryEnum } from "../../graphql/enums";
import { ContactFilter } from "../contacts/contact-filter.inputs";

@InputType({ description: "Why a candidate is rejected." })
export class RejectReasonInput {
  @Field(() => RejectCategoryEnum, { description: "The reason's category." })
  category: RejectCategory;

  @Field(() => String, { nullable: true, description: "Details; required for OTHER." })
  @IsOptional()
  @MaxLength(LIMITS.lineMaxLength * 4)
  note?: string | null;
}

@InputType({ description: "Adds one contact to a job." })
export class CreateApplicationInput {
  @Field(() => ID, { description: "The contact." })
  contactId: string;

  @Field(() => ID, { description: "The job." })
  jobId: string;

  @Field(() => ID, { nullable: true, description: "The stage to start in (the job's first stage by default)." })
  stageId?: string | null;

  @Field(() => String, { nullable: true, description: "Where the candidate came from for this job." })
  @IsOptional()
  @MaxLength(LIMITS.nameMaxLength)
  source?: string | null;

  @Field(() => ID, { nullable: true, description: "The user credited with the candidate (source of hire)." })
  creditedToId?: string | null;

  @Field(() => Date, { nullable: true, description: "When the candidate applied (now by default)." })
  appliedAt?: Date | null;
}

@InputType({
  description:
    "Moves a card to a stage (the same or another of its job), after or before another card of that stage, or to the end of the column when neither is given. The server computes the rank.",
})
export class MoveApplicationInput {
  @Field(() => ID, { description: "The application to move." })
  id: string;

  @Field(() => ID, { description: "The stage to move it to." })
  toStageId: string;

  @Field(() => ID, { nullable: true, description: "Place it right after this application of the target stage." })
  afterId?: string | null;

  @Field(() => ID, { nullable: true, description: "Place it right before this application of the target stage." })
  beforeId?: string | null;

  @Field(() => Int, { nullable: true, description: "The version you last read; a newer one is a CONFLICT and nothing moves." })
  expectedVersion?: number | null;

  @Field(() => RejectReasonInput, { nullable: true, description: "Required when the target stage is a REJECTED stage." })
  @IsOptional()
  @ValidateNested()
  rejectReason?: RejectReasonInput | null;

  @Field(() => String, { nullable: true, description: "A note kept in the stage history." })
  @IsOptional()
  @MaxLength(LIMITS.lineMaxLength * 4)
  reason?: string | null;
}

@InputType({
  description: "Adds many contacts to a job: by `contactIds`, or every contact a `filter` (and `search`) selects. Contacts already active on the job are skipped.",
})
export class AddContactsToJobInput {
  @Field(() => ID, { description: "The job." })
  jobId: string;

  @Field(() => ID, { nullable: true, description: "The stage to start in (the job's first stage by default)." })
  stageId?: string | null;

  @Field(() => [ID], { nullable: true, description: `The contacts (at most ${LIMITS.bulkIdsMax}).` })
  @IsOptional()
  @ArrayMaxSize(LIMITS.bulkIdsMax)
  contactIds?: string[] | null;

  @Field(() => ContactFilter, { nullable: true, description: "Every contact matching this filter." })
  filter?: ContactFilter | null;

  @Field(() => String, { nullable: true, description: "With `filter`: only contacts matching this search too." })
  @IsOptional()
  @MaxLength(LIMITS.searchMaxLength)
  search?: string | null;

  @Field(() => DeletedRecords, { nullable: true, description: "With `filter`: deleted contacts are never added; kept for symmetry." })
  deleted?: DeletedRecords | null;

  @Field(() => String, { nullable: true, description: "The source recorded on each new application." })
  @IsOptional()
  @MaxLength(LIMITS.nameMaxLength)
  source?: string | null;
}

@InputType({ description: "Applications to act on together." })
export class BulkApplicationsInput {
  @Field(() => [ID], { description: `The applications (at most ${LIMITS.bulkIdsMax}).` })
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.bulkIdsMax)
  applicationIds: string[];

  @Field(() => String, { nullable: true, description: "A note kept in each stage history entry." })
  @IsOptional()
  @MaxLength(LIMITS.lineMaxLength * 4)
  reason?: string | null;
}

@InputType({ description: "Moves many applications of one job to the end of a stage column, in the order given." })
export class BulkMoveApplicationsInput extends BulkApplicationsInput {
  @Field(() => ID, { description: "The stage to move them to." })
  toStageId: string;

  @Field(() => RejectReasonInput, { nullable: true, description: "Required when the target stage is a REJECTED stage." })
  @IsOptional()
  @ValidateNested()
  rejectReason?: RejectReasonInput | null;
}

@InputType({ description: "Rejects many applications: each moves to its job's REJECTED stage with the reason." })
export class BulkRejectApplicationsInput extends BulkApplicationsInput {
  @Field(() => RejectReasonInput, { description: "Why." })
  @ValidateNested()
  rejectReason: RejectReasonInput;
}

@InputType({ description: "Conditions on a job's applications." })
export class ApplicationListFilter {
  @Field(() => [ApplicationStatusEnum], { nullable: true, description: "Only these statuses." })
  status?: ApplicationStatus[] | null;

  @Field(() => ID, { nullable: true, description: "Only this stage." })
  stageId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this contact's." })
  contactId?: string | null;
}
