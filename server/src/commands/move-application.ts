import { badInput, DomainError, ErrorCode, notFound } from "../common/errors";
import { fromGlobalId } from "../common/global-id";
import type { RequestContext } from "../graphql/context";
import { ApplicationEntity } from "../modules/applications/application.entity";
import { applyMove, type Placement } from "../modules/applications/application-moves";
import { applicationEntityToType } from "../modules/applications/application.mapper";
import { forgetApplication, reloadApplication } from "../modules/applications/application.service";
import type { ApplicationType } from "../modules/applications/application.type";
import { JobEntity } from "../modules/jobs/job.entity";
import { jobEntityToType } from "../modules/jobs/job.mapper";
import type { JobType } from "../modules/jobs/job.type";
import { StageEntity } from "../modules/pipelines/pipeline.entity";
import { stageEntityToType } from "../modules/pipelines/pipeline.mapper";
import type { MoveApplicationInput } from "../modules/applications/application.inputs";

/** What a move changed, so a client can update the card, both columns and the job. */
export interface MoveResult {
  application: ApplicationType;
  fromStageRawId: string;
  toStageRawId: string;
  job: JobType;
}

/**
 * Moves a card on its job's board. Locks the job, then the target stage (so ranks in that column are computed one
 * move at a time), then the card; a stale `expectedVersion` is a CONFLICT carrying the card's current state, and
 * nothing changes. Archived jobs, stages of other jobs and neighbours outside the target column are refused.
 */
export async function moveApplication(context: RequestContext, input: MoveApplicationInput): Promise<MoveResult> {
  const viewer = context.requireViewer();
  const db = context.db;
  const id = fromGlobalId(input.id, "Application", ["input", "id"]);
  const targetId = fromGlobalId(input.toStageId, "Stage", ["input", "toStageId"]);
  const placement = readPlacement(input);
  const visible = await context.loaders.applicationsById.load(id);
  if (!visible) throw notFound(["input", "id"], "application");

  const job = await db.findOne(JobEntity, { where: { workspaceId: viewer.workspaceId, id: visible.jobRawId }, lock: { mode: "pessimistic_write" } });
  if (!job) throw notFound(["input", "id"], "application");
  if (job.archivedAt) throw badInput(["input", "id"], "the card's job is archived; unarchive it to move cards");
  const target = await db.findOne(StageEntity, { where: { workspaceId: viewer.workspaceId, id: targetId }, lock: { mode: "pessimistic_write" } });
  if (!target || target.jobId !== job.id) throw badInput(["input", "toStageId"], "is not a stage of the card's job");
  if (target.removedAt) throw badInput(["input", "toStageId"], "this stage was removed from the pipeline");
  const application = await db.findOneOrFail(ApplicationEntity, { where: { workspaceId: viewer.workspaceId, id }, lock: { mode: "pessimistic_write" } });
  if (input.expectedVersion != null && input.expectedVersion !== application.version) {
    throw new DomainError(ErrorCode.CONFLICT, `The card was moved or changed by someone else (version ${application.version}, you had ${input.expectedVersion})`, {
      current: await reloadApplication(context, id),
    });
  }

  const fromStageRawId = application.stageId;
  await applyMove(context, {
    application,
    job,
    target,
    placement,
    rejectReason: input.rejectReason ? { category: input.rejectReason.category, note: input.rejectReason.note ?? null } : null,
    reason: input.reason ?? null,
    path: ["input"],
  });
  // The card, the job and the target stage are as this move left them, under row locks held until COMMIT: the answer
  // is made from them rather than read back (two statements fewer, while every other move on the board waits on the
  // job's lock), and the request's loaders get them too.
  const moved = applicationEntityToType(application, target.slaDays);
  forgetApplication(context, id);
  context.loaders.applicationsById.prime(id, moved);
  context.loaders.stagesById.clear(target.id).prime(target.id, stageEntityToType(target));
  const movedJob = jobEntityToType(job);
  context.loaders.jobsById.clear(job.id).prime(job.id, movedJob);
  return { application: moved, fromStageRawId, toStageRawId: target.id, job: movedJob };
}

function readPlacement(input: MoveApplicationInput): Placement {
  if (input.afterId && input.beforeId) throw badInput(["input", "beforeId"], "give afterId or beforeId, not both");
  if (input.afterId) return { afterId: fromGlobalId(input.afterId, "Application", ["input", "afterId"]) };
  if (input.beforeId) return { beforeId: fromGlobalId(input.beforeId, "Application", ["input", "beforeId"]) };
  return "end";
}
