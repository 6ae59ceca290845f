import type { ApplicationStatus, RejectCategory } from "@talentlane/shared";
import { toGlobalId } from "../../common/global-id";
import type { ApplicationEntity } from "./application.entity";
import { ApplicationType, RejectReasonType, StageTransitionType } from "./application.type";

/** What the API reads of an application: [SQL expression, column name] (alias `a`, its stage `st` for the SLA). */
export const APPLICATION_SELECT: ReadonlyArray<readonly [string, string]> = [
  ...[
    "id",
    "contact_id",
    "job_id",
    "stage_id",
    "rank",
    "status",
    "source",
    "credited_to_id",
    "reject_category",
    "reject_note",
    "applied_at",
    "stage_entered_at",
    "closed_at",
    "created_at",
    "updated_at",
    "version",
  ].map((column) => [`a.${column}`, column] as const),
  ["st.sla_days", "stage_sla_days"],
];

/** The select list for APPLICATION_SELECT. */
export const APPLICATION_COLUMNS = APPLICATION_SELECT.map(([expression, name]) => `${expression} AS ${name}`).join(", ");

/** Joins an application's stage (for its SLA); use with APPLICATION_COLUMNS. */
export const APPLICATION_STAGE_JOIN = `JOIN stage st ON st.workspace_id = a.workspace_id AND st.id = a.stage_id`;

export interface ApplicationRow {
  id: string;
  contact_id: string;
  job_id: string;
  stage_id: string;
  rank: string;
  status: ApplicationStatus;
  source: string | null;
  credited_to_id: string | null;
  reject_category: RejectCategory | null;
  reject_note: string | null;
  applied_at: Date;
  stage_entered_at: Date;
  closed_at: Date | null;
  created_at: Date;
  updated_at: Date;
  version: number;
  stage_sla_days: number | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Maps an application row to its GraphQL type; aging is counted from now. */
export function toApplicationType(row: ApplicationRow, now: number = Date.now()): ApplicationType {
  const daysInStage = Math.max(0, Math.floor((now - row.stage_entered_at.getTime()) / DAY_MS));
  return Object.assign(new ApplicationType(), {
    id: toGlobalId("Application", row.id),
    rawId: row.id,
    contactRawId: row.contact_id,
    jobRawId: row.job_id,
    stageRawId: row.stage_id,
    creditedToRawId: row.credited_to_id,
    rank: row.rank,
    status: row.status,
    source: row.source,
    rejectReason: row.reject_category ? Object.assign(new RejectReasonType(), { category: row.reject_category, note: row.reject_note }) : null,
    appliedAt: row.applied_at,
    stageEnteredAt: row.stage_entered_at,
    daysInStage,
    isSlaBreached: row.status === "ACTIVE" && row.stage_sla_days !== null && daysInStage > row.stage_sla_days,
    closedAt: row.closed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  });
}

export interface StageTransitionRow {
  id: string;
  application_id: string;
  from_stage_id: string | null;
  to_stage_id: string;
  transitioned_at: Date;
  by_id: string | null;
  reason: string | null;
}

/** Maps a transition row to its GraphQL type. */
export function toStageTransitionType(row: StageTransitionRow): StageTransitionType {
  return Object.assign(new StageTransitionType(), {
    id: toGlobalId("StageTransition", row.id),
    fromStageRawId: row.from_stage_id,
    toStageRawId: row.to_stage_id,
    byRawId: row.by_id,
    at: row.transitioned_at,
    reason: row.reason,
  });
}

/**
 * Maps an application entity, as a write just left it under its row lock, to its GraphQL type; `stageSlaDays` is its
 * stage's SLA. For answering a write from what it wrote, without reading the row again.
 */
export function applicationEntityToType(entity: ApplicationEntity, stageSlaDays: number | null): ApplicationType {
  return toApplicationType({
    id: entity.id,
    contact_id: entity.contactId,
    job_id: entity.jobId,
    stage_id: entity.stageId,
    rank: entity.rank,
    status: entity.status,
    source: entity.source,
    credited_to_id: entity.creditedToId,
    reject_category: entity.rejectCategory,
    reject_note: entity.rejectNote,
    applied_at: entity.appliedAt,
    stage_entered_at: entity.stageEnteredAt,
    closed_at: entity.closedAt,
    created_at: entity.createdAt,
    updated_at: entity.updatedAt,
    version: entity.version,
    stage_sla_days: stageSlaDays,
  });
}
