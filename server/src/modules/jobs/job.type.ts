import type { EmploymentType, HiringTeamRole, JobStatus } from "@talentlane/shared";
import { GraphQLJSONObject } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../common/pagination/connection.types";
import { EmploymentTypeEnum, HiringTeamRoleEnum, JobStatusEnum } from "../../graphql/enums";
import { Node } from "../../graphql/node";
import { LocationType } from "../contacts/contact.type";
import { HasCustomValues } from "../custom-fields/has-custom-values";
import { UserType } from "../users/user.type";

@ObjectType("HiringTeamMember", { simpleResolvers: true, description: "A user on a job's hiring team." })
export class HiringTeamMemberType {
  userRawId: string;

  @Field(() => HiringTeamRoleEnum, { description: "Their part on the team." })
  role: HiringTeamRole;

  @Field(() => UserType, { description: "The user." })
  user: UserType;
}

@ObjectType("StageCount", { simpleResolvers: true, description: "How many cards a stage of a job holds." })
export class StageCountType {
  stageRawId: string;

  @Field(() => Int, { description: "Applications in the stage (withdrawn ones not counted)." })
  count: number;
}

@ObjectType("Job", { simpleResolvers: true, implements: [Node, HasCustomValues], description: "An opening the workspace is hiring for." })
export class JobType extends Node implements HasCustomValues {
  rawId: string;
  clientCompanyRawId: string | null;

  @Field({ description: "The job title." })
  title: string;

  @Field(() => String, { nullable: true, description: "The department." })
  department: string | null;

  @Field(() => LocationType, { description: "Where the job is." })
  location: LocationType;

  @Field({ description: "Whether the job can be done remotely." })
  isRemote: boolean;

  @Field(() => EmploymentTypeEnum, { description: "The kind of employment." })
  employmentType: EmploymentType;

  @Field(() => Int, { description: "How many people the job hires." })
  openings: number;

  @Field(() => Int, { description: "How many openings are filled (hires made)." })
  openingsFilled: number;

  @Field(() => JobStatusEnum, { description: "Where the job is in its life." })
  status: JobStatus;

  @Field(() => String, { nullable: true, description: "The job description." })
  description: string | null;

  @Field(() => GraphQLJSONObject, { description: "Custom values by field key (JOB custom fields)." })
  customValues: Record<string, unknown>;

  @Field(() => Date, { nullable: true, description: "When the job first opened." })
  openedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When the job was closed or filled." })
  closedAt: Date | null;

  @Field({ description: "Archived jobs are read-only: their cards cannot move." })
  isArchived: boolean;

  @Field({ description: "When the job was created." })
  createdAt: Date;

  @Field({ description: "When the job last changed." })
  updatedAt: Date;

  @Field(() => Int, { description: "Increases on every change; pass it as `expectedVersion` to detect concurrent edits." })
  version: number;
}

@ObjectType("JobConnection", { simpleResolvers: true, description: "A page of jobs." })
export class JobConnection extends ConnectionType("Job", JobType, "A page of jobs.") {}
