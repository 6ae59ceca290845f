import { LIMITS } from "@talentlane/shared";
import { In } from "typeorm";
import { badInput, DomainError, ErrorCode } from "../common/errors";
import { fromGlobalId } from "../common/global-id";
import type { RequestContext } from "../graphql/context";
import { ApplicationEntity } from "../modules/applications/application.entity";
import { applyMove, reopenInPlace } from "../modules/applications/application-moves";
import type { BulkApplicationsInput, BulkMoveApplicationsInput, BulkRejectApplicationsInput } from "../modules/applications/application.inputs";
import { reloadApplication } from "../modules/applications/application.service";
import type { ApplicationType } from "../modules/applications/application.type";
import { JobEntity } from "../modules/jobs/job.entity";
import { StageEntity } from "../modules/pipelines/pipeline.entity";

/** One application of a bulk action, with its job and the job's stages, all locked. */
interface Locked {
  application: ApplicationEntity;
  index: number;
  job: JobEntity;
  stages: StageEntity[];
}

/**
 * Moves applications to the end of a stage column, in the order given; they must all belong to that stage's job.
 * All or nothing: one refused card (archived job, missing reason, no opening left) changes nothing.
 */
export async function bulkMoveApplications(context: RequestContext, input: BulkMoveApplicationsInput): Promise<ApplicationType[]> {
  const targetId = fromGlobalId(input.toStageId, "Stage", ["input", "toStageId"]);
  const locked = await lockApplications(context, input);
  for (const item of locked) {
    const target = item.stages.find((stage) => stage.id === targetId && stage.removedAt === null);
    if (!target) throw badInput(["input", "applicationIds", item.index], "is not on the job of the target stage");
    await applyMove(context, {
      application: item.application,
      job: item.job,
      target,
      placement: "end",
      rejectReason: input.rejectReason ? { category: input.rejectReason.category, note: input.rejectReason.note ?? null } : null,
      reason: input.reason ?? null,
      path: ["input"],
    });
  }
  return reloadAll(context, locked);
}

/** Rejects applications: each moves to the end of its job's first REJECTED stage with the reason. */
export async function rejectApplications(context: RequestContext, input: BulkRejectApplicationsInput): Promise<ApplicationType[]> {
  const locked = await lockApplications(context, input);
  for (const item of locked) {
    if (item.application.status === "REJECTED") continue;
    const target = item.stages.find((stage) => stage.category === "REJECTED" && stage.removedAt === null);
    if (!target) throw badInput(["input", "applicationIds", item.index], "its job's pipeline has no REJECTED stage");
    await applyMove(context, {
      application: item.application,
      job: item.job,
      target,
      placement: "end",
      rejectReason: { category: input.rejectReason.category, note: input.rejectReason.note ?? null },
      reason: input.reason ?? null,
      path: ["input"],
    });
  }
  return reloadAll(context, locked);
}

/** Marks active applications WITHDRAWN (the candidate pulled out); they stay in their stage, closed. */
export async function withdrawApplications(context: RequestContext, input: BulkApplicationsInput): Promise<ApplicationType[]> {
  const locked = await lockApplications(context, input);
  for (const item of locked) {
    if (item.application.status !== "ACTIVE") {
      throw badInput(["input", "applicationIds", item.index], `is ${item.application.status.toLowerCase()}, not active`);
    }
    await context.db.update(
      ApplicationEntity,
      { workspaceId: item.application.workspaceId, id: item.application.id },
      { status: "WITHDRAWN", closedAt: new Date(), updatedAt: new Date(), version: item.application.version + 1 },
    );
  }
  return reloadAll(context, locked);
}

/**
 * Reopens closed applications. A card in a HIRED or REJECTED stage goes back to the stage it came from (or the
 * first stage), undoing the hire if it was one; a withdrawn card becomes active where it is. A contact with another
 * open application on the job cannot be reopened.
 */
export async function reopenApplications(context: RequestContext, input: BulkApplicationsInput): Promise<ApplicationType[]> {
  const locked = await lockApplications(context, input);
  for (const item of locked) {
    const { application } = item;
    if (application.status === "ACTIVE") continue;
    const current = item.stages.find((stage) => stage.id === application.stageId)!;
    let target = current;
    if (current.category === "HIRED" || current.category === "REJECTED") {
      const [previous] = (await context.db.query(
        `SELECT from_stage_id FROM stage_transition WHERE workspace_id = $1 AND application_id = $2 AND to_stage_id = $3
          ORDER BY transitioned_at DESC, id DESC LIMIT 1`,
        [application.workspaceId, application.id, application.stageId],
      )) as Array<{ from_stage_id: string | null }>;
      const open = (stage: StageEntity) => stage.removedAt === null && stage.category !== "HIRED" && stage.category !== "REJECTED";
      target = item.stages.find((stage) => stage.id === previous?.from_stage_id && open(stage)) ?? item.stages.find(open)!;
      if (!target) throw badInput(["input", "applicationIds", item.index], "its job has no open stage to return to");
    }
    if (target.id === current.id) {
      await reopenInPlace(context, application, ["input", "applicationIds", item.index]);
    } else {
      await applyMove(context, { application, job: item.job, target, placement: "end", rejectReason: null, reason: input.reason ?? "Reopened", path: ["input"] });
    }
  }
  return reloadAll(context, locked);
}

/**
 * Reads and locks the named applications with their jobs (jobs first, in id order, so concurrent bulk actions
 * cannot deadlock). Every id must be an application the viewer may see, on a job that is not archived.
 */
async function lockApplications(context: RequestContext, input: BulkApplicationsInput): Promise<Locked[]> {
  const viewer = context.requireViewer();
  if (input.applicationIds.length > LIMITS.bulkIdsMax) throw badInput(["input", "applicationIds"], `names more than ${LIMITS.bulkIdsMax}`);
  const ids = input.applicationIds.map((globalId, index) => fromGlobalId(globalId, "Application", ["input", "applicationIds", index]));
  const visible = await context.loaders.applicationsById.loadMany(ids);
  const missing = ids.map((_id, index) => index).filter((index) => !visible[index] || visible[index] instanceof Error);
  if (missing.length > 0) {
    throw new DomainError(ErrorCode.NOT_FOUND, `${missing.length} of the applications named do not exist`, {
      fields: missing.map((index) => ({ path: ["input", "applicationIds", index], message: "no application with this id" })),
    });
  }
  const applications = await context.db.find(ApplicationEntity, { where: { workspaceId: viewer.workspaceId, id: In(ids) } });
  const jobIds = [...new Set(applications.map((application) => application.jobId))].sort();
  const jobs = new Map<string, JobEntity>();
  for (const jobId of jobIds) {
    const job = await context.db.findOneOrFail(JobEntity, { where: { workspaceId: viewer.workspaceId, id: jobId }, lock: { mode: "pessimistic_write" } });
    jobs.set(jobId, job);
  }
  const stages = await context.db.find(StageEntity, { where: { workspaceId: viewer.workspaceId, jobId: In(jobIds) }, order: { position: "ASC" } });
  const lockedApplications = await context.db.find(ApplicationEntity, {
    where: { workspaceId: viewer.workspaceId, id: In(ids) },
    lock: { mode: "pessimistic_write" },
  });
  const byId = new Map(lockedApplications.map((application) => [application.id, application]));
  return [...new Set(ids)].map((id) => {
    const application = byId.get(id)!;
    const index = ids.indexOf(id);
    const job = jobs.get(application.jobId)!;
    if (job.archivedAt) throw badInput(["input", "applicationIds", index], "its job is archived");
    return { application, index, job, stages: stages.filter((stage) => stage.jobId === job.id) };
  });
}

async function reloadAll(context: RequestContext, locked: Locked[]): Promise<ApplicationType[]> {
  const result: ApplicationType[] = [];
  for (const item of locked) result.push(await reloadApplication(context, item.application.id));
  return result;
}
