import { RANK_REBALANCE_LENGTH, rankBetween, spreadRanks, type ApplicationStatus, type RejectCategory } from "@talentlane/shared";
import type { EntityManager } from "typeorm";
import { badInput, DomainError, ErrorCode, type FieldPath } from "../../common/errors";
import { newId } from "../../common/ids";
import type { RequestContext } from "../../graphql/context";
import { JobEntity } from "../jobs/job.entity";
import type { StageEntity } from "../pipelines/pipeline.entity";
import { ApplicationEntity, StageTransitionEntity } from "./application.entity";

/** Where a card goes in its target column. */
export type Placement = { afterId: string } | { beforeId: string } | "end";

/** One move of one application, with everything already locked by the caller (job, then stage, then card). */
export interface MoveRequest {
  application: ApplicationEntity;
  job: JobEntity;
  target: StageEntity;
  placement: Placement;
  rejectReason: { category: RejectCategory; note: string | null } | null;
  reason: string | null;
  /** Where errors about the placement and the reason point, e.g. ["input"]. */
  path: FieldPath;
}

/**
 * Moves one application: computes its rank in the target column, applies what the target stage means (REJECTED
 * needs a reason and closes the application; HIRED marks it hired and fills an opening, making the job FILLED when
 * the last one is; leaving either reopens it), and appends a stage transition when the stage changes.
 * Mutates `application` and `job` to their new state. The caller holds row locks on the job, the target stage and
 * the application, so ranks computed here cannot collide.
 */
export async function applyMove(context: RequestContext, request: MoveRequest): Promise<void> {
  const { application, job, target, path } = request;
  const db = context.db;
  const viewer = context.requireViewer();
  const now = new Date();
  const stageChanges = application.stageId !== target.id;
  const previousStatus = application.status;
  const nextStatus: ApplicationStatus =
    target.category === "HIRED" ? "HIRED" : target.category === "REJECTED" ? "REJECTED" : stageChanges ? "ACTIVE" : application.status;

  let rejectCategory = application.rejectCategory;
  let rejectNote = application.rejectNote;
  if (nextStatus === "REJECTED") {
    if (request.rejectReason) {
      rejectCategory = request.rejectReason.category;
      rejectNote = request.rejectReason.note?.trim() || null;
      if (rejectCategory === "OTHER" && !rejectNote) throw badInput([...path, "rejectReason", "note"], "a note is required for OTHER");
    } else if (previousStatus !== "REJECTED") {
      throw badInput([...path, "rejectReason"], `moving to ${target.name} (a REJECTED stage) needs a reason`);
    }
  } else {
    rejectCategory = null;
    rejectNote = null;
  }

  if (nextStatus === "ACTIVE" && previousStatus !== "ACTIVE") await assertNoOtherOpenApplication(db, application, path);
  if (nextStatus === "HIRED" && previousStatus !== "HIRED") {
    if (job.openingsFilled >= job.openings) {
      throw badInput([...path, "toStageId"], `all ${job.openings} openings of the job are filled; add an opening to hire more`);
    }
    job.openingsFilled += 1;
    if (job.openingsFilled >= job.openings) Object.assign(job, { status: "FILLED", closedAt: now });
  } else if (previousStatus === "HIRED" && nextStatus !== "HIRED") {
    job.openingsFilled -= 1;
    if (job.status === "FILLED") Object.assign(job, { status: "OPEN", closedAt: null });
  }
  if (nextStatus === "HIRED" || previousStatus === "HIRED") {
    await db.update(
      JobEntity,
      { workspaceId: job.workspaceId, id: job.id },
      { openingsFilled: job.openingsFilled, status: job.status, closedAt: job.closedAt, updatedAt: now, version: job.version + 1 },
    );
    Object.assign(job, { updatedAt: now, version: job.version + 1 });
  }

  const rank = await rankInColumn(db, application, target.id, request.placement, path);
  const changes: Partial<ApplicationEntity> = {
    stageId: target.id,
    rank,
    status: nextStatus,
    rejectCategory,
    rejectNote,
    stageEnteredAt: stageChanges ? now : application.stageEnteredAt,
    closedAt: nextStatus === "ACTIVE" ? null : previousStatus === nextStatus ? application.closedAt : now,
    updatedAt: now,
    version: application.version + 1,
  };
  await db.update(ApplicationEntity, { workspaceId: application.workspaceId, id: application.id }, changes);
  if (stageChanges) {
    await db.insert(StageTransitionEntity, {
      workspaceId: application.workspaceId,
      id: newId(),
      applicationId: application.id,
      jobId: application.jobId,
      fromStageId: application.stageId,
      toStageId: target.id,
      transitionedAt: now,
      byId: viewer.userId,
      reason: request.reason?.trim() || (nextStatus === "REJECTED" && request.rejectReason ? [rejectCategory, rejectNote].filter(Boolean).join(": ") : null),
    });
  }
  Object.assign(application, changes);
}

/**
 * The rank that puts a card after or before a neighbour in a column, or at its end. A neighbour must be another
 * card of that column. When ranks run long from many inserts at one spot, the column is spread evenly first.
 */
async function rankInColumn(db: EntityManager, application: ApplicationEntity, stageId: string, placement: Placement, path: FieldPath): Promise<string> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const [before, after] = await neighbours(db, application, stageId, placement, path);
    try {
      const rank = rankBetween(before, after);
      if (rank.length <= RANK_REBALANCE_LENGTH) return rank;
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
    await rebalanceColumn(db, application.workspaceId, stageId);
  }
  throw new Error(`could not rank a card in stage ${stageId}`);
}

async function neighbours(
  db: EntityManager,
  application: ApplicationEntity,
  stageId: string,
  placement: Placement,
  path: FieldPath,
): Promise<[string | null, string | null]> {
  const params = [application.workspaceId, stageId, application.id];
  if (placement === "end") {
    const [last] = (await db.query(
      `SELECT rank FROM application WHERE workspace_id = $1 AND stage_id = $2 AND id <> $3 ORDER BY rank DESC, id DESC LIMIT 1`,
      params,
    )) as Array<{ rank: string }>;
    return [last?.rank ?? null, null];
  }
  const anchorId = "afterId" in placement ? placement.afterId : placement.beforeId;
  const field = "afterId" in placement ? "afterId" : "beforeId";
  const [anchor] = (await db.query(`SELECT rank, id FROM application WHERE workspace_id = $1 AND stage_id = $2 AND id <> $3 AND id = $4`, [
    ...params,
    anchorId,
  ])) as Array<{ rank: string; id: string }>;
  if (!anchor) throw badInput([...path, field], "is not another card of the target stage");
  if ("afterId" in placement) {
    const [next] = (await db.query(
      `SELECT rank FROM application WHERE workspace_id = $1 AND stage_id = $2 AND id <> $3 AND (rank, id) > ($4, $5::uuid)
        ORDER BY rank, id LIMIT 1`,
      [...params, anchor.rank, anchor.id],
    )) as Array<{ rank: string }>;
    return [anchor.rank, next?.rank ?? null];
  }
  const [previous] = (await db.query(
    `SELECT rank FROM application WHERE workspace_id = $1 AND stage_id = $2 AND id <> $3 AND (rank, id) < ($4, $5::uuid)
      ORDER BY rank DESC, id DESC LIMIT 1`,
    [...params, anchor.rank, anchor.id],
  )) as Array<{ rank: string }>;
  return [previous?.rank ?? null, anchor.rank];
}

/** Gives every card of a column a fresh, short, evenly spaced rank, keeping their order. */
export async function rebalanceColumn(db: EntityManager, workspaceId: string, stageId: string): Promise<void> {
  const rows = (await db.query(`SELECT id FROM application WHERE workspace_id = $1 AND stage_id = $2 ORDER BY rank, id`, [
    workspaceId,
    stageId,
  ])) as Array<{ id: string }>;
  const ranks = spreadRanks(rows.length);
  await db.query(
    `UPDATE application a SET rank = r.rank FROM unnest($3::uuid[], $4::text[]) AS r(id, rank)
      WHERE a.workspace_id = $1 AND a.stage_id = $2 AND a.id = r.id`,
    [workspaceId, stageId, rows.map((row) => row.id), ranks],
  );
}

/** The rank of the last card of a column, or null for an empty column. */
export async function lastRankInColumn(db: EntityManager, workspaceId: string, stageId: string): Promise<string | null> {
  const [last] = (await db.query(`SELECT rank FROM application WHERE workspace_id = $1 AND stage_id = $2 ORDER BY rank DESC, id DESC LIMIT 1`, [
    workspaceId,
    stageId,
  ])) as Array<{ rank: string }>;
  return last?.rank ?? null;
}

/** Makes a withdrawn application active again in its current stage. */
export async function reopenInPlace(context: RequestContext, application: ApplicationEntity, path: FieldPath): Promise<void> {
  await assertNoOtherOpenApplication(context.db, application, path);
  const changes = { status: "ACTIVE" as const, closedAt: null, updatedAt: new Date(), version: application.version + 1 };
  await context.db.update(ApplicationEntity, { workspaceId: application.workspaceId, id: application.id }, changes);
  Object.assign(application, changes);
}

async function assertNoOtherOpenApplication(db: EntityManager, application: ApplicationEntity, path: FieldPath): Promise<void> {
  const others = (await db.query(
    `SELECT 1 FROM application WHERE workspace_id = $1 AND contact_id = $2 AND job_id = $3 AND status = 'ACTIVE' AND id <> $4`,
    [application.workspaceId, application.contactId, application.jobId, application.id],
  )) as unknown[];
  if (others.length > 0) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${path.join(".")}: the contact already has an open application on this job`, {
      fields: [{ path: [...path, "id"], message: "the contact already has an open application on this job" }],
    });
  }
}
