import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { SqlParameters } from "../../common/sql";
import type { Viewer } from "../../graphql/context";
import {
  APPLICATION_COLUMNS,
  APPLICATION_STAGE_JOIN,
  toApplicationType,
  toStageTransitionType,
  type ApplicationRow,
  type StageTransitionRow,
} from "./application.mapper";
import { applicationVisibility } from "./application.sql";
import type { ApplicationType, StageTransitionType } from "./application.type";

/** Applications the viewer may see, by id; one query per batch. */
export function createApplicationsByIdLoader(db: EntityManager, viewer: Viewer) {
  return new DataLoader<string, ApplicationType | null>(async (ids) => {
    const params = new SqlParameters([viewer.workspaceId, [...ids]]);
    const rows = (await db.query(
      `SELECT ${APPLICATION_COLUMNS} FROM application a ${APPLICATION_STAGE_JOIN}
        WHERE a.workspace_id = $1 AND a.id = ANY($2::uuid[]) AND ${applicationVisibility(viewer, params)}`,
      params.values,
    )) as ApplicationRow[];
    const byId = new Map(rows.map((row) => [row.id, toApplicationType(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** The applications of contacts (those the viewer may see), newest first; one query per batch. */
export function createApplicationsByContactLoader(db: EntityManager, viewer: Viewer) {
  return new DataLoader<string, ApplicationType[]>(async (contactIds) => {
    const params = new SqlParameters([viewer.workspaceId, [...contactIds]]);
    const rows = (await db.query(
      `SELECT ${APPLICATION_COLUMNS} FROM application a ${APPLICATION_STAGE_JOIN}
        WHERE a.workspace_id = $1 AND a.contact_id = ANY($2::uuid[]) AND ${applicationVisibility(viewer, params)}
        ORDER BY a.applied_at DESC, a.id DESC`,
      params.values,
    )) as ApplicationRow[];
    return contactIds.map((contactId) => rows.filter((row) => row.contact_id === contactId).map((row) => toApplicationType(row)));
  });
}

/** The stage histories of applications, oldest first; one query per batch. */
export function createTransitionsByApplicationLoader(db: EntityManager, workspaceId: string) {
  return new DataLoader<string, StageTransitionType[]>(async (applicationIds) => {
    const rows = (await db.query(
      `SELECT id, application_id, from_stage_id, to_stage_id, transitioned_at, by_id, reason FROM stage_transition
        WHERE workspace_id = $1 AND application_id = ANY($2::uuid[]) ORDER BY transitioned_at, id`,
      [workspaceId, [...applicationIds]],
    )) as StageTransitionRow[];
    return applicationIds.map((id) => rows.filter((row) => row.application_id === id).map(toStageTransitionType));
  });
}
