import { faker } from "@faker-js/faker";
import type { EntityManager } from "typeorm";
import { createDefaultPipelineTemplate } from "../../modules/pipelines/default-pipeline";
import { generateApplications } from "./demo-applications";
import {
  APPLICATION_TABLE,
  HIRING_TEAM_TABLE,
  JOB_TABLE,
  PIPELINE_TEMPLATE_STAGE_TABLE,
  PIPELINE_TEMPLATE_TABLE,
  POOL_MEMBERSHIP_TABLE,
  SEGMENT_TABLE,
  STAGE_TABLE,
  STAGE_TRANSITION_TABLE,
  TALENT_POOL_TABLE,
  type ApplicationRow,
  type HiringTeamRow,
  type JobRow,
  type PipelineTemplateRow,
  type PipelineTemplateStageRow,
  type StageRow,
  type StageTransitionRow,
} from "./demo-ats-tables";
import type { ContactContext } from "./demo-contacts";
import { insertRows } from "./demo-insert";
import { generateJobs } from "./demo-jobs";
import { generatePoolsAndSegments, type DemoPoolRows } from "./demo-pools";
import { FAKER_SEED } from "./demo-random";
import type { CompanyRow } from "./demo-tables";
import type { DemoUsers } from "./demo-users";

/** Every ATS row of the demo workspace, generated before anything is written. */
export interface DemoAtsRows extends DemoPoolRows {
  engineeringTemplate: PipelineTemplateRow;
  engineeringTemplateStages: PipelineTemplateStageRow[];
  jobs: JobRow[];
  hiringTeam: HiringTeamRow[];
  stages: StageRow[];
  applications: ApplicationRow[];
  transitions: StageTransitionRow[];
}

/**
 * The demo's recruiting data over its contacts and companies: a second pipeline template, twelve jobs with their
 * stages and hiring teams, 3,000 applications with their stage histories, three talent pools and the segments.
 * Drawn from a seed of its own, so the ATS data does not shift when the contact or interaction generators draw
 * more or fewer numbers.
 */
export function generateAtsRows(
  workspaceId: string,
  users: DemoUsers,
  companies: CompanyRow[],
  contacts: ContactContext[],
  templatesCreatedAt: string,
): DemoAtsRows {
  faker.seed(FAKER_SEED + 1);
  const { engineeringTemplate, engineeringTemplateStages, jobs, hiringTeam } = generateJobs(workspaceId, users, companies, contacts, templatesCreatedAt);
  const { applications, transitions } = generateApplications(workspaceId, jobs, contacts);
  const poolRows = generatePoolsAndSegments(workspaceId, users, contacts, applications);
  return {
    engineeringTemplate,
    engineeringTemplateStages,
    jobs: jobs.map((job) => job.row),
    hiringTeam,
    stages: jobs.flatMap((job) => job.stages),
    applications: applications.map((application) => application.row),
    transitions,
    ...poolRows,
  };
}

/**
 * Writes the ATS rows in the caller's transaction, after the contacts and companies they point to. The default
 * pipeline template is created the way every workspace gets it (`createDefaultPipelineTemplate`), then dated with
 * the other templates so the demo is the same on every run.
 */
export async function insertAtsRows(manager: EntityManager, workspaceId: string, rows: DemoAtsRows): Promise<void> {
  const defaultTemplateId = await createDefaultPipelineTemplate(manager, workspaceId);
  await manager.query(`UPDATE pipeline_template SET created_at = $3, updated_at = $3 WHERE workspace_id = $1 AND id = $2`, [
    workspaceId,
    defaultTemplateId,
    rows.engineeringTemplate.created_at,
  ]);
  await insertRows(manager, PIPELINE_TEMPLATE_TABLE, [rows.engineeringTemplate]);
  await insertRows(manager, PIPELINE_TEMPLATE_STAGE_TABLE, rows.engineeringTemplateStages);
  await insertRows(manager, JOB_TABLE, rows.jobs);
  await insertRows(manager, HIRING_TEAM_TABLE, rows.hiringTeam);
  await insertRows(manager, STAGE_TABLE, rows.stages);
  await insertRows(manager, APPLICATION_TABLE, rows.applications);
  await insertRows(manager, STAGE_TRANSITION_TABLE, rows.transitions);
  await insertRows(manager, TALENT_POOL_TABLE, rows.pools);
  await insertRows(manager, POOL_MEMBERSHIP_TABLE, rows.memberships);
  await insertRows(manager, SEGMENT_TABLE, rows.segments);
}
