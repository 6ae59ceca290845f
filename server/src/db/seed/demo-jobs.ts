import { faker } from "@faker-js/faker";
import { newId } from "../../common/ids";
import { DEFAULT_PIPELINE_STAGES } from "../../modules/pipelines/default-pipeline";
import { DEMO_JOBS, ENGINEERING_PIPELINE, type DemoJobSpec, type DemoStageSpec } from "./demo-ats-data";
import type { HiringTeamRow, JobRow, PipelineTemplateRow, PipelineTemplateStageRow, StageRow } from "./demo-ats-tables";
import type { ContactContext } from "./demo-contacts";
import { addDays, DAY_MS, iso, REFERENCE_DATE, withIdsInCreationOrder } from "./demo-random";
import type { CompanyRow } from "./demo-tables";
import type { DemoUsers } from "./demo-users";

/** A generated job with what the application generator needs to know about it. */
export interface DemoJob {
  spec: DemoJobSpec;
  row: JobRow;
  /** The job's stages by position. */
  stages: StageRow[];
  /** Ids of the hiring team's recruiters: they move the cards. */
  recruiterIds: string[];
  /** When the job opened (ms); DRAFT jobs never did and get no applications. */
  openedAt: number;
  /** When work on the job stopped (ms): the reference date for open jobs, else when it was paused or closed. */
  activityEndsAt: number;
}

export interface DemoJobRows {
  /** The second template (the default one is created by the product's own function). */
  engineeringTemplate: PipelineTemplateRow;
  engineeringTemplateStages: PipelineTemplateStageRow[];
  jobs: DemoJob[];
  hiringTeam: HiringTeamRow[];
}

/**
 * The demo's jobs (DEMO_JOBS) with their stages, copied from the default or the engineering template, and their
 * hiring teams. About half are for client companies that have a client contact in the workspace. Ids of jobs and
 * stages follow creation order.
 */
export function generateJobs(
  workspaceId: string,
  users: DemoUsers,
  companies: CompanyRow[],
  contacts: ContactContext[],
  templatesCreatedAt: string,
): DemoJobRows {
  const engineeringTemplate: PipelineTemplateRow = {
    workspace_id: workspaceId,
    id: newId(),
    name: ENGINEERING_PIPELINE.name,
    is_default: false,
    created_at: templatesCreatedAt,
    updated_at: templatesCreatedAt,
  };
  const engineeringTemplateStages = ENGINEERING_PIPELINE.stages.map(
    (stage, position): PipelineTemplateStageRow => ({
      workspace_id: workspaceId,
      id: newId(),
      template_id: engineeringTemplate.id,
      name: stage.name,
      position,
      category: stage.category,
      sla_days: stage.slaDays,
    }),
  );

  // Agency clients are companies the recruiters already talk to: ones with a client contact.
  const clientCompanyIds = new Set(contacts.filter((contact) => contact.kind === "CLIENT_CONTACT").map((contact) => contact.row.company_id));
  const clientCompanies = companies.filter((company) => clientCompanyIds.has(company.id));
  const usedClients = new Set<string>();

  const jobs = DEMO_JOBS.map((spec) => {
    assertConsistent(spec);
    const opened = new Date(REFERENCE_DATE.getTime() - spec.openedDaysAgo * DAY_MS + faker.number.int({ min: -6, max: 6 }) * 3_600_000);
    const created = spec.status === "DRAFT" ? opened : addDays(opened, -faker.number.int({ min: 2, max: 10 }));
    const stopped = spec.stoppedDaysAgo === undefined ? null : new Date(REFERENCE_DATE.getTime() - spec.stoppedDaysAgo * DAY_MS - faker.number.int({ min: 0, max: 8 }) * 3_600_000);
    let clientCompanyId: string | null = null;
    if (spec.isClientJob) {
      const client = faker.helpers.arrayElement(clientCompanies.filter((company) => !usedClients.has(company.id) && company.created_at < iso(created)));
      usedClients.add(client.id);
      clientCompanyId = client.id;
    }
    const isClosed = spec.status === "FILLED" || spec.status === "CLOSED";
    const row: JobRow = {
      workspace_id: workspaceId,
      id: "",
      title: spec.title,
      department: spec.department,
      city: spec.city,
      region: spec.region,
      country: spec.country,
      is_remote: spec.isRemote,
      employment_type: spec.employmentType,
      openings: spec.openings,
      openings_filled: spec.hires,
      status: spec.status,
      client_company_id: clientCompanyId,
      description: spec.description,
      custom_values: {},
      opened_at: spec.status === "DRAFT" ? null : iso(opened),
      closed_at: isClosed && stopped ? iso(stopped) : null,
      created_by_id: users.admin.id,
      created_at: iso(created),
      updated_at: iso(stopped ?? (spec.status === "DRAFT" ? created : opened)),
      version: 1,
    };
    const recruiterIds = spec.hiringTeam.filter(([, role]) => role === "RECRUITER").map(([key]) => users[key].id);
    return { spec, row, stages: [] as StageRow[], recruiterIds, openedAt: opened.getTime(), activityEndsAt: (stopped ?? REFERENCE_DATE).getTime() };
  });

  const ordered = withIdsInCreationOrder(jobs, (job) => job.row);
  for (const job of ordered) {
    const template: readonly DemoStageSpec[] = job.spec.pipeline === "engineering" ? ENGINEERING_PIPELINE.stages : DEFAULT_PIPELINE_STAGES;
    job.stages = template.map((stage, position) => ({
      workspace_id: workspaceId,
      id: newId(),
      job_id: job.row.id,
      name: stage.name,
      position,
      category: stage.category,
      sla_days: stage.slaDays,
      created_at: job.row.created_at,
    }));
  }
  const hiringTeam = ordered.flatMap((job) =>
    job.spec.hiringTeam.map(([key, role]): HiringTeamRow => ({ workspace_id: workspaceId, job_id: job.row.id, user_id: users[key].id, role })),
  );
  return { engineeringTemplate, engineeringTemplateStages, jobs: ordered, hiringTeam };
}

/** The job rules the schema and the product keep, checked on the hand-written specs so a typo fails loudly. */
function assertConsistent(spec: DemoJobSpec): void {
  const problems: string[] = [];
  if (spec.hires > spec.openings) problems.push("more hires than openings");
  if ((spec.status === "FILLED") !== (spec.hires === spec.openings)) problems.push("FILLED exactly when every opening is filled");
  if (spec.status === "DRAFT" && (spec.applications > 0 || spec.hires > 0)) problems.push("a DRAFT job has no applications");
  if ((spec.status === "OPEN" || spec.status === "DRAFT") !== (spec.stoppedDaysAgo === undefined)) problems.push("stoppedDaysAgo only for stopped jobs");
  if (spec.stoppedDaysAgo !== undefined && spec.stoppedDaysAgo >= spec.openedDaysAgo) problems.push("stopped before it opened");
  if (!spec.hiringTeam.some(([, role]) => role === "RECRUITER")) problems.push("no recruiter");
  if (problems.length > 0) throw new Error(`demo job "${spec.title}": ${problems.join("; ")}`);
}

