import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { removeStage } from "../../commands/remove-stage";
import { ADMIN_ROLES, WRITER_ROLES } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { JobType } from "../jobs/job.type";
import { AddStageInput, CreatePipelineTemplateInput, RemoveStageInput, ReorderStagesInput, UpdateStageInput } from "./pipeline.inputs";
import * as pipelines from "./pipeline.service";
import { PipelineTemplateType, StageType } from "./pipeline.type";

@ObjectType({ simpleResolvers: true, description: "The result of changing one stage." })
class StagePayload {
  @Field(() => StageType, { description: "The stage as it is now." })
  stage: StageType;
}

@ObjectType({ simpleResolvers: true, description: "The result of changing a job's stages." })
class StagesPayload {
  @Field(() => [StageType], { description: "The job's live stages, in their new order." })
  stages: StageType[];
}

@ObjectType({ simpleResolvers: true, description: "The result of creating a pipeline template." })
class PipelineTemplatePayload {
  @Field(() => PipelineTemplateType, { description: "The template." })
  pipelineTemplate: PipelineTemplateType;
}

@Resolver(() => StageType)
export class PipelineResolver {
  @Authorized()
  @Query(() => [PipelineTemplateType], { description: "The workspace's pipeline templates, the default first." })
  pipelineTemplates(@Ctx() context: RequestContext): Promise<PipelineTemplateType[]> {
    return pipelines.listPipelineTemplates(context);
  }

  @Authorized(ADMIN_ROLES)
  @Mutation(() => PipelineTemplatePayload, { description: "Creates a pipeline template." })
  async createPipelineTemplate(
    @Arg("input", { description: "The template." }) input: CreatePipelineTemplateInput,
    @Ctx() context: RequestContext,
  ): Promise<PipelineTemplatePayload> {
    return Object.assign(new PipelineTemplatePayload(), { pipelineTemplate: await pipelines.createPipelineTemplate(context, input) });
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => StagePayload, { description: "Adds a stage to a job's pipeline." })
  async addStage(@Arg("input", { description: "The stage to add." }) input: AddStageInput, @Ctx() context: RequestContext): Promise<StagePayload> {
    return Object.assign(new StagePayload(), { stage: await pipelines.addStage(context, input) });
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => StagePayload, { description: "Renames a stage or changes its category or SLA." })
  async updateStage(@Arg("input", { description: "The stage and the changes." }) input: UpdateStageInput, @Ctx() context: RequestContext): Promise<StagePayload> {
    return Object.assign(new StagePayload(), { stage: await pipelines.updateStage(context, input) });
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => StagesPayload, { description: "Puts a job's stages in a new order." })
  async reorderStages(@Arg("input", { description: "The job and the new order." }) input: ReorderStagesInput, @Ctx() context: RequestContext): Promise<StagesPayload> {
    return Object.assign(new StagesPayload(), { stages: await pipelines.reorderStages(context, input) });
  }

  @Authorized(WRITER_ROLES)
  @Mutation(() => StagesPayload, { description: "Removes a stage, first moving its applications to another stage of the job." })
  async removeStage(@Arg("input", { description: "The stage and where its cards go." }) input: RemoveStageInput, @Ctx() context: RequestContext): Promise<StagesPayload> {
    return Object.assign(new StagesPayload(), { stages: await removeStage(context, input) });
  }

  @FieldResolver(() => JobType, { nullable: true, description: "The job whose pipeline this stage is in." })
  async job(@Root() stage: StageType, @Ctx() context: RequestContext): Promise<JobType | null> {
    return context.loaders.jobsById.load(stage.jobRawId);
  }
}
