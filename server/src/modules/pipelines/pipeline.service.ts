import { badInput, DomainError, ErrorCode, FieldProblems, notFound, type FieldPath } from "../../common/errors";
import { fromGlobalId } from "../../common/global-id";
import { newId } from "../../common/ids";
import { IsNull } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { lockWorkableJob } from "../jobs/job.service";
import { PipelineTemplateEntity, PipelineTemplateStageEntity, StageEntity } from "./pipeline.entity";
import type { AddStageInput, CreatePipelineTemplateInput, ReorderStagesInput, RemoveStageInput, UpdateStageInput } from "./pipeline.inputs";
import { stageEntityToType, toPipelineTemplateType } from "./pipeline.mapper";
import type { PipelineTemplateType, StageType } from "./pipeline.type";

/** The workspace's pipeline templates, the default first. */
export async function listPipelineTemplates(context: RequestContext): Promise<PipelineTemplateType[]> {
  const workspaceId = context.requireViewer().workspaceId;
  const templates = await context.db.find(PipelineTemplateEntity, { where: { workspaceId }, order: { isDefault: "DESC", name: "ASC" } });
  const stages = await context.db.find(PipelineTemplateStageEntity, { where: { workspaceId } });
  return templates.map((template) => toPipelineTemplateType(template, stages));
}

/** Creates a template. Every pipeline needs a HIRED and a REJECTED stage for hires and rejections to land in. */
export async function createPipelineTemplate(context: RequestContext, input: CreatePipelineTemplateInput): Promise<PipelineTemplateType> {
  const workspaceId = context.requireViewer().workspaceId;
  const problems = new FieldProblems();
  for (const category of ["HIRED", "REJECTED"] as const) {
    if (!input.stages.some((stage) => stage.category === category)) problems.add(["input", "stages"], `needs a ${category} stage`);
  }
  const taken = (await context.db.query(`SELECT 1 FROM pipeline_template WHERE workspace_id = $1 AND lower(name) = lower($2)`, [
    workspaceId,
    input.name.trim(),
  ])) as unknown[];
  if (taken.length > 0) problems.add(["input", "name"], "another template has this name");
  problems.throwIfAny();
  if (input.isDefault) await context.db.update(PipelineTemplateEntity, { workspaceId, isDefault: true }, { isDefault: false });
  const id = newId();
  await context.db.insert(PipelineTemplateEntity, { workspaceId, id, name: input.name.trim(), isDefault: Boolean(input.isDefault), updatedAt: new Date() });
  await context.db.insert(
    PipelineTemplateStageEntity,
    input.stages.map((stage, position) => ({
      workspaceId,
      id: newId(),
      templateId: id,
      position,
      name: stage.name.trim(),
      category: stage.category,
      slaDays: stage.slaDays ?? null,
    })),
  );
  const template = await context.db.findOneByOrFail(PipelineTemplateEntity, { workspaceId, id });
  const stages = await context.db.find(PipelineTemplateStageEntity, { where: { workspaceId, templateId: id } });
  return toPipelineTemplateType(template, stages);
}

/** Adds a stage to a job's pipeline at a position (last by default), shifting later stages. */
export async function addStage(context: RequestContext, input: AddStageInput): Promise<StageType> {
  const job = await lockWorkableJob(context, fromGlobalId(input.jobId, "Job", ["input", "jobId"]), ["input", "jobId"]);
  const stages = await liveStages(context, job.id);
  const position = Math.min(input.position ?? stages.length, stages.length);
  const stage: StageEntity = Object.assign(new StageEntity(), {
    workspaceId: job.workspaceId,
    id: newId(),
    jobId: job.id,
    name: input.name.trim(),
    position,
    category: input.category,
    slaDays: input.slaDays ?? null,
    removedAt: null,
  });
  stages.splice(position, 0, stage);
  await context.db.insert(StageEntity, { ...stage });
  await writePositions(context, stages);
  context.loaders.stagesByJob.clear(job.id);
  return stageEntityToType(stage);
}

/** Renames a stage or changes its category or SLA. A pipeline keeps at least one HIRED and one REJECTED stage. */
export async function updateStage(context: RequestContext, input: UpdateStageInput): Promise<StageType> {
  const stage = await lockStage(context, input.id, ["input", "id"]);
  if (input.category && input.category !== stage.category && (stage.category === "HIRED" || stage.category === "REJECTED")) {
    await assertAnotherStageOf(context, stage, stage.category, ["input", "category"]);
  }
  if (input.name != null) stage.name = input.name.trim();
  if (input.category != null) stage.category = input.category;
  if (input.slaDays !== undefined && input.slaDays !== null) stage.slaDays = input.slaDays === 0 ? null : input.slaDays;
  await context.db.update(StageEntity, { workspaceId: stage.workspaceId, id: stage.id }, { name: stage.name, category: stage.category, slaDays: stage.slaDays });
  context.loaders.stagesByJob.clear(stage.jobId);
  context.loaders.stagesById.clear(stage.id);
  return stageEntityToType(stage);
}

/** Puts a job's stages in a new order; the list must name every live stage exactly once. */
export async function reorderStages(context: RequestContext, input: ReorderStagesInput): Promise<StageType[]> {
  const job = await lockWorkableJob(context, fromGlobalId(input.jobId, "Job", ["input", "jobId"]), ["input", "jobId"]);
  const stages = await liveStages(context, job.id);
  const ids = input.stageIds.map((globalId, index) => fromGlobalId(globalId, "Stage", ["input", "stageIds", index]));
  const byId = new Map(stages.map((stage) => [stage.id, stage]));
  if (ids.length !== stages.length || new Set(ids).size !== ids.length || ids.some((id) => !byId.has(id))) {
    throw badInput(["input", "stageIds"], "must name every stage of the job exactly once");
  }
  const ordered = ids.map((id) => byId.get(id)!);
  await writePositions(context, ordered);
  context.loaders.stagesByJob.clear(job.id);
  return ordered.map(stageEntityToType);
}

/**
 * Removes a stage after moving its applications to the end of another stage of the same job, each move recorded in
 * the stage history. The removed stage stays in the database for the history that names it.
 */
export async function removeStage(context: RequestContext, input: RemoveStageInput, moveApplications: (from: StageEntity, to: StageEntity) => Promise<void>): Promise<StageType[]> {
  const stage = await lockStage(context, input.id, ["input", "id"]);
  const targetId = fromGlobalId(input.moveApplicationsToStageId, "Stage", ["input", "moveApplicationsToStageId"]);
  const target = await context.db.findOneBy(StageEntity, { workspaceId: stage.workspaceId, id: targetId });
  if (!target || target.jobId !== stage.jobId || target.removedAt || target.id === stage.id) {
    throw badInput(["input", "moveApplicationsToStageId"], "must be another stage of the same job");
  }
  if (stage.category === "HIRED" || stage.category === "REJECTED") {
    await assertAnotherStageOf(context, stage, stage.category, ["input", "id"]);
  }
  await moveApplications(stage, target);
  await context.db.update(StageEntity, { workspaceId: stage.workspaceId, id: stage.id }, { removedAt: new Date() });
  const remaining = (await liveStages(context, stage.jobId)).filter((candidate) => candidate.id !== stage.id);
  await writePositions(context, remaining);
  context.loaders.stagesByJob.clear(stage.jobId);
  context.loaders.stagesById.clear(stage.id);
  return remaining.map(stageEntityToType);
}

/** Locks a live stage of a job the viewer may change. */
export async function lockStage(context: RequestContext, globalId: string, path: FieldPath): Promise<StageEntity> {
  const workspaceId = context.requireViewer().workspaceId;
  const id = fromGlobalId(globalId, "Stage", path);
  const stage = await context.db.findOneBy(StageEntity, { workspaceId, id });
  if (!stage || stage.removedAt) throw notFound(path, "stage");
  await lockWorkableJob(context, stage.jobId, path);
  return (await context.db.findOne(StageEntity, { where: { workspaceId, id }, lock: { mode: "pessimistic_write" } }))!;
}

async function liveStages(context: RequestContext, jobId: string): Promise<StageEntity[]> {
  const workspaceId = context.requireViewer().workspaceId;
  return context.db.find(StageEntity, { where: { workspaceId, jobId, removedAt: IsNull() }, order: { position: "ASC" } });
}

async function writePositions(context: RequestContext, stages: StageEntity[]): Promise<void> {
  if (stages.length === 0) return;
  await context.db.query(
    `UPDATE stage s SET position = o.ordinality - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, ordinality)
      WHERE s.workspace_id = $1 AND s.id = o.id AND s.position <> o.ordinality - 1`,
    [context.requireViewer().workspaceId, stages.map((stage) => stage.id)],
  );
  stages.forEach((stage, index) => (stage.position = index));
}

async function assertAnotherStageOf(context: RequestContext, stage: StageEntity, category: "HIRED" | "REJECTED", path: FieldPath): Promise<void> {
  const others = (await liveStages(context, stage.jobId)).filter((candidate) => candidate.id !== stage.id && candidate.category === category);
  if (others.length === 0) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${path.join(".")}: a pipeline needs a ${category} stage`, {
      fields: [{ path, message: `a pipeline needs a ${category} stage` }],
    });
  }
}
