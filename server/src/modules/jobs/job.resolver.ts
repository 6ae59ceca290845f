import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs } from "../../common/pagination/connection.types";
import { WRITER_ROLES } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { ApplicationListFilter } from "../applications/application.inputs";
import { listJobApplications } from "../applications/application.service";
import { ApplicationConnection } from "../applications/application.type";
import { CompanyType } from "../companies/company.type";
import { StageType } from "../pipelines/pipeline.type";
import { CreateJobInput, JobFilter, JobIdInput, JobOrderBy, UpdateJobInput } from "./job.inputs";
import * as jobs from "./job.service";
import { HiringTeamMemberType, JobConnection, JobType, StageCountType } from "./job.type";
import { getHiringTeam } from "./hiring-team";

@ArgsType()
class JobsArgs extends ConnectionArgs {
  @Field(() => JobFilter, { nullable: true, description: "Only jobs matching this filter (archived jobs only when it asks)." })
  filter?: JobFilter | null;

  @Field(() => String, { nullable: true, description: "Only jobs whose title contains this text." })
  search?: string | null;

  @Field(() => JobOrderBy, { nullable: true, description: "The order (default CREATED_AT_DESC)." })
  orderBy?: JobOrderBy | null;
}

@ArgsType()
class JobApplicationsArgs extends ConnectionArgs {
  @Field(() => ApplicationListFilter, { nullable: true, description: "Only applications matching this." })
  filter?: ApplicationListFilter | null;
}

@ObjectType({ simpleResolvers: true, description: "The result of a job mutation." })
class JobPayload {
  @Field(() => JobType, { description: "The job as it is now." })
  job: JobType;
}

const payload = (job: JobType) => Object.assign(new JobPayload(), { job });

@Resolver(() => StageCountType)
export class StageCountResolver {
  @FieldResolver(() => StageType, { description: "The stage." })
  async stage(@Root() count: StageCountType, @Ctx() context: RequestContext): Promise<StageType> {
    const stage = await context.loaders.stagesById.load(count.stageRawId);
    if (!stage) throw new Error("a counted stage is missing");
    return stage;
  }
}

@Resolver(() => JobType)
export class JobResolver {
  @Authorized()
  @Query(() => JobConnection, { description: "The jobs you can see (hiring managers: those whose hiring team they are on)." })
  jobs(@Args() args: JobsArgs, @Ctx() context: RequestContext): Promise<JobConnection> {
    return jobs.listJobs(context, args);
  }

  @Authorized()
  @Query(() => JobType, { description: "One job. NOT_FOUND if there is none you can see." })
  job(@Arg("id", () => ID, { description: "The job's id." }) id: string, @Ctx() context: RequestContext): Promise<JobType> {
    return jobs.getJob(context, id, ["id"]);
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => JobPayload, { description: "Creates a job with its stages copied from a pipeline template." })
  async createJob(@Arg("input", { description: "The job to create." }) input: CreateJobInput, @Ctx() context: RequestContext): Promise<JobPayload> {
    return payload(await jobs.createJob(context, input));
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => JobPayload, { description: "Changes a job: details, status, openings, hiring team, custom values." })
  async updateJob(@Arg("input", { description: "The job and the changes." }) input: UpdateJobInput, @Ctx() context: RequestContext): Promise<JobPayload> {
    return payload(await jobs.updateJob(context, input));
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => JobPayload, { description: "Closes a job: it stops hiring; its applications stay." })
  async closeJob(@Arg("input", { description: "The job to close." }) input: JobIdInput, @Ctx() context: RequestContext): Promise<JobPayload> {
    return payload(await jobs.closeJob(context, input.id));
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => JobPayload, { description: "Archives a job: hidden from lists, its board read-only." })
  async archiveJob(@Arg("input", { description: "The job to archive." }) input: JobIdInput, @Ctx() context: RequestContext): Promise<JobPayload> {
    return payload(await jobs.setJobArchived(context, input.id, true));
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => JobPayload, { description: "Brings an archived job back." })
  async unarchiveJob(@Arg("input", { description: "The job to unarchive." }) input: JobIdInput, @Ctx() context: RequestContext): Promise<JobPayload> {
    return payload(await jobs.setJobArchived(context, input.id, false));
  }

  @FieldResolver(() => [StageType], { description: "The job's live stages, in pipeline order." })
  stages(@Root() job: JobType, @Ctx() context: RequestContext): Promise<StageType[]> {
    return context.loaders.stagesByJob.load(job.rawId);
  }

  @FieldResolver(() => [StageCountType], { description: "The number of cards in each live stage, in pipeline order (for job lists)." })
  async stageCounts(@Root() job: JobType, @Ctx() context: RequestContext): Promise<StageCountType[]> {
    const [stages, counts] = await Promise.all([context.loaders.stagesByJob.load(job.rawId), context.loaders.stageCountsByJob.load(job.rawId)]);
    stages.forEach((stage) => context.loaders.stagesById.prime(stage.rawId, stage));
    return stages.map((stage) => Object.assign(new StageCountType(), { stageRawId: stage.rawId, count: counts.get(stage.rawId) ?? 0 }));
  }

  @FieldResolver(() => [HiringTeamMemberType], { description: "The hiring team." })
  hiringTeam(@Root() job: JobType, @Ctx() context: RequestContext): Promise<HiringTeamMemberType[]> {
    return getHiringTeam(context, job.rawId);
  }

  @FieldResolver(() => CompanyType, { nullable: true, description: "The client company the job is for (agencies)." })
  clientCompany(@Root() job: JobType, @Ctx() context: RequestContext): Promise<CompanyType | null> | null {
    return job.clientCompanyRawId ? context.loaders.companiesById.load(job.clientCompanyRawId) : null;
  }

  @FieldResolver(() => ApplicationConnection, { description: "The job's applications, most recently applied first." })
  applications(@Root() job: JobType, @Args() args: JobApplicationsArgs, @Ctx() context: RequestContext): Promise<ApplicationConnection> {
    return listJobApplications(context, job.rawId, args);
  }
}
