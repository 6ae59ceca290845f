import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { SqlParameters } from "../../common/sql";
import type { Viewer } from "../../graphql/context";
import { STAGE_COLUMNS, toStageType, type StageRow } from "../pipelines/pipeline.mapper";
import type { StageType } from "../pipelines/pipeline.type";
import type { HiringTeamRole } from "@talentlane/shared";
import { JOB_COLUMNS, toJobType, type JobRow } from "./job.mapper";
import { jobVisibility } from "./job.sql";
import type { JobType } from "./job.type";

/** Jobs the viewer may see, by id; one query per batch. */
export function createJobsByIdLoader(db: EntityManager, viewer: Viewer) {
  return new DataLoader<string, JobType | null>(async (ids) => {
    const params = new SqlParameters([viewer.workspaceId, [...ids]]);
    const rows = (await db.query(
      `SELECT ${JOB_COLUMNS} FROM job j WHERE j.workspace_id = $1 AND j.id = ANY($2::uuid[]) AND ${jobVisibility(viewer, params, "j")}`,
      params.values,
    )) as JobRow[];
    const byId = new Map(rows.map((row) => [row.id, toJobType(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** The live stages of jobs, in pipeline order; one query per batch. */
export function createStagesByJobLoader(db: EntityManager, workspaceId: string) {
  return new DataLoader<string, StageType[]>(async (jobIds) => {
    const rows = (await db.query(
      `SELECT ${STAGE_COLUMNS} FROM stage s WHERE s.workspace_id = $1 AND s.job_id = ANY($2::uuid[]) AND s.removed_at IS NULL
        ORDER BY s.position, s.id`,
      [workspaceId, [...jobIds]],
    )) as StageRow[];
    return jobIds.map((jobId) => rows.filter((row) => row.job_id === jobId).map(toStageType));
  });
}

/** Stages by id, removed ones too (history names them); one query per batch. */
export function createStagesByIdLoader(db: EntityManager, workspaceId: string) {
  return new DataLoader<string, StageType | null>(async (ids) => {
    const rows = (await db.query(`SELECT ${STAGE_COLUMNS} FROM stage s WHERE s.workspace_id = $1 AND s.id = ANY($2::uuid[])`, [
      workspaceId,
      [...ids],
    ])) as StageRow[];
    const byId = new Map(rows.map((row) => [row.id, toStageType(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** The hiring teams of jobs; one query per batch. */
export function createHiringTeamByJobLoader(db: EntityManager, workspaceId: string) {
  return new DataLoader<string, Array<{ userId: string; role: HiringTeamRole }>>(async (jobIds) => {
    const rows = (await db.query(
      `SELECT job_id, user_id, role FROM job_hiring_team WHERE workspace_id = $1 AND job_id = ANY($2::uuid[]) ORDER BY role, user_id`,
      [workspaceId, [...jobIds]],
    )) as Array<{ job_id: string; user_id: string; role: HiringTeamRole }>;
    return jobIds.map((jobId) => rows.filter((row) => row.job_id === jobId).map((row) => ({ userId: row.user_id, role: row.role })));
  });
}

/** How many open (not withdrawn) applications each stage of each job holds; one query per batch of jobs. */
export function createStageCountsByJobLoader(db: EntityManager, workspaceId: string) {
  return new DataLoader<string, Map<string, number>>(async (jobIds) => {
    const rows = (await db.query(
      `SELECT a.job_id, a.stage_id, count(*) AS total FROM application a
        WHERE a.workspace_id = $1 AND a.job_id = ANY($2::uuid[]) AND a.status <> 'WITHDRAWN'
        GROUP BY a.job_id, a.stage_id`,
      [workspaceId, [...jobIds]],
    )) as Array<{ job_id: string; stage_id: string; total: number }>;
    return jobIds.map((jobId) => new Map(rows.filter((row) => row.job_id === jobId).map((row) => [row.stage_id, row.total])));
  });
}
