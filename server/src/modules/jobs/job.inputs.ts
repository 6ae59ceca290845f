import type { EmploymentType, HiringTeamRole, JobStatus } from "@talentlane/shared";
import { LIMITS } from "@talentlane/shared";
import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, MinLength, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { EmploymentTypeEnum, HiringTeamRoleEnum, JobStatusEnum } from "../../graphql/enums";
import { DateTimeFilter, IdFilter, KeywordFilter, TextFilter } from "../../graphql/filter-operators.inputs";
import { LocationInput } from "../contacts/contact.inputs";
import { CustomValueInput } from "../custom-fields/custom-field.inputs";

export enum JobOrderBy {
  CREATED_AT_DESC = "CREATED_AT_DESC",
  CREATED_AT_ASC = "CREATED_AT_ASC",
  TITLE_ASC = "TITLE_ASC",
  TITLE_DESC = "TITLE_DESC",
}
registerEnumType(JobOrderBy, {
  name: "JobOrderBy",
  description: "Orderings of a job list; each ends with the id, so pages are stable.",
  valuesConfig: {
    CREATED_AT_DESC: { description: "Newest first (the default)." },
    CREATED_AT_ASC: { description: "Oldest first." },
    TITLE_ASC: { description: "By title, A to Z." },
    TITLE_DESC: { description: "By title, Z to A." },
  },
});

@InputType({ description: "Conditions on a job's status." })
export class JobStatusFilter {
  @Field(() => JobStatusEnum, { nullable: true, description: "Is this status." })
  equalTo?: JobStatus | null;

  @Field(() => JobStatusEnum, { nullable: true, description: "Is not this status." })
  notEqualTo?: JobStatus | null;

  @Field(() => [JobStatusEnum], { nullable: true, description: "Is one of these statuses." })
  in?: JobStatus[] | null;

  @Field(() => [JobStatusEnum], { nullable: true, description: "Is none of these statuses." })
  notIn?: JobStatus[] | null;
}

@InputType({ description: "Conditions on jobs. All fields given must hold." })
export class JobFilter {
  @Field(() => JobStatusFilter, { nullable: true, description: "The status." })
  status?: JobStatusFilter | null;

  @Field(() => TextFilter, { nullable: true, description: "The title." })
  title?: TextFilter | null;

  @Field(() => KeywordFilter, { nullable: true, description: "The department." })
  department?: KeywordFilter | null;

  @Field(() => IdFilter, { nullable: true, description: "The client company." })
  clientCompany?: IdFilter | null;

  @Field(() => IdFilter, { nullable: true, description: "A user on the hiring team." })
  hiringTeamMember?: IdFilter | null;

  @Field(() => Boolean, { nullable: true, description: "Archived (true) or not (false); archived jobs are listed only when asked." })
  isArchived?: boolean | null;

  @Field(() => DateTimeFilter, { nullable: true, description: "When the job was created." })
  createdAt?: DateTimeFilter | null;
}

@InputType({ description: "A user on a job's hiring team." })
export class HiringTeamMemberInput {
  @Field(() => ID, { description: "The user." })
  userId: string;

  @Field(() => HiringTeamRoleEnum, { description: "Their part on the team." })
  role: HiringTeamRole;
}

/** Fields a job's create and update inputs share. */
@InputType({ description: "The fields a job's create and update inputs share." })
export class JobFieldsInput {
  @Field(() => String, { nullable: true, description: "The department." })
  @IsOptional()
  @MaxLength(LIMITS.nameMaxLength)
  department?: string | null;

  @Field(() => LocationInput, { nullable: true, description: "Where the job is." })
  @IsOptional()
  @ValidateNested()
  location?: LocationInput | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the job can be done remotely." })
  isRemote?: boolean | null;

  @Field(() => EmploymentTypeEnum, { nullable: true, description: "The kind of employment (default FULL_TIME)." })
  employmentType?: EmploymentType | null;

  @Field(() => Int, { nullable: true, description: "How many people the job hires (default 1)." })
  @IsOptional()
  @Min(1)
  @Max(LIMITS.openingsPerJob)
  openings?: number | null;

  @Field(() => JobStatusEnum, { nullable: true, description: "The status (default DRAFT)." })
  status?: JobStatus | null;

  @Field(() => ID, { nullable: true, description: "The client company (agencies); null clears it." })
  clientCompanyId?: string | null;

  @Field(() => String, { nullable: true, description: "The job description." })
  @IsOptional()
  @MaxLength(LIMITS.textMaxLength)
  description?: string | null;

  @Field(() => [HiringTeamMemberInput], { nullable: true, description: "The whole hiring team (replaces it)." })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  hiringTeam?: HiringTeamMemberInput[] | null;

  @Field(() => [CustomValueInput], { nullable: true, description: "Values of JOB custom fields." })
  @IsOptional()
  @ArrayMaxSize(LIMITS.customFieldsPerEntity)
  @ValidateNested({ each: true })
  customValues?: CustomValueInput[] | null;
}

@InputType({ description: "A new job. Its stages are copied from a pipeline template (the default when none is named)." })
export class CreateJobInput extends JobFieldsInput {
  @Field({ description: "The job title." })
  @MinLength(1)
  @MaxLength(LIMITS.nameMaxLength)
  title: string;

  @Field(() => ID, { nullable: true, description: "The pipeline template to copy stages from." })
  pipelineTemplateId?: string | null;
}

@InputType({ description: "Changes to a job; fields left out keep their values." })
export class UpdateJobInput extends JobFieldsInput {
  @Field(() => ID, { description: "The job." })
  id: string;

  @Field(() => Int, { nullable: true, description: "The version you last read; a newer one is a CONFLICT." })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: "A new title." })
  @IsOptional()
  @MinLength(1)
  @MaxLength(LIMITS.nameMaxLength)
  title?: string | null;
}

@InputType({ description: "Names a job." })
export class JobIdInput {
  @Field(() => ID, { description: "The job." })
  id: string;
}
