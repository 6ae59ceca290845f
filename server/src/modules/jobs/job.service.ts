import { isSupportedCountry } from "libphonenumber-js/max";
import { DomainError, ErrorCode, FieldProblems, notFound, type FieldPath } from "../../common/errors";
import { fromGlobalId, parseGlobalId } from "../../common/global-id";
import { newId } from "../../common/ids";
import { readPageRequest, type PaginationArgs } from "../../common/pagination/page";
import { runPagedQuery } from "../../common/pagination/paged-query";
import { escapeLike } from "../../common/sql";
import type { RequestContext } from "../../graphql/context";
import { startFilterCompilation } from "../companies/company.service";
import { applyCustomValues } from "../custom-fields/custom-values";
import { DEFAULT_PIPELINE_STAGES } from "../pipelines/default-pipeline";
import { PipelineTemplateEntity, PipelineTemplateStageEntity, StageEntity } from "../pipelines/pipeline.entity";
import { compileJobFilter } from "./job-filter.sql";
import { JobEntity, JobHiringTeamEntity } from "./job.entity";
import { JobOrderBy, type CreateJobInput, type HiringTeamMemberInput, type JobFilter, type JobFieldsInput, type UpdateJobInput } from "./job.inputs";
import { JOB_COLUMNS, toJobType, type JobRow } from "./job.mapper";
import { JOB_ORDERINGS, jobVisibility } from "./job.sql";
import { JobConnection, type JobType } from "./job.type";

export interface ListJobsArgs extends PaginationArgs {
  filter?: JobFilter | null;
  search?: string | null;
  orderBy?: JobOrderBy | null;
}

/** A page of the jobs the viewer may see. */
export async function listJobs(context: RequestContext, args: ListJobsArgs): Promise<JobConnection> {
  const viewer = context.requireViewer();
  const ordering = JOB_ORDERINGS[args.orderBy ?? JobOrderBy.CREATED_AT_DESC];
  const page = readPageRequest(args, ordering.key, ordering.columns.length);
  const compilation = await startFilterCompilation(context, viewer.workspaceId, false);
  const conditions = ["j.workspace_id = $1", jobVisibility(viewer, compilation.params, "j"), ...compileJobFilter(args.filter, ["filter"], compilation)];
  const search = args.search?.trim();
  if (search) conditions.push(`lower(j.title) LIKE ${compilation.params.add(`%${escapeLike(search.toLowerCase())}%`)}`);
  compilation.problems.throwIfAny();
  return runPagedQuery<JobRow, JobType, JobConnection>(
    context.db,
    { select: JOB_COLUMNS, from: "job j", where: conditions.join(" AND "), params: compilation.params, ordering, page },
    JobConnection,
    toJobType,
  );
}

/** One job the viewer may see; NOT_FOUND naming `path` otherwise. */
export async function getJob(context: RequestContext, globalId: string, path: FieldPath): Promise<JobType> {
  context.requireViewer();
  const id = fromGlobalId(globalId, "Job", path);
  const job = await context.loaders.jobsById.load(id);
  if (!job) throw notFound(path, "job");
  return job;
}

/**
 * Locks a job the viewer may work on (seeing it is enough: hiring managers see only their own jobs) for a change to
 * its pipeline or applications. Archived jobs are read-only: BAD_USER_INPUT naming `path`.
 */
export async function lockWorkableJob(context: RequestContext, jobId: string, path: FieldPath): Promise<JobEntity> {
  const viewer = context.requireViewer();
  const visible = await context.loaders.jobsById.load(jobId);
  const job = visible ? await context.db.findOne(JobEntity, { where: { workspaceId: viewer.workspaceId, id: jobId }, lock: { mode: "pessimistic_write" } }) : null;
  if (!job) throw notFound(path, "job");
  if (job.archivedAt) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${path.join(".")}: the job is archived; unarchive it to change it`, {
      fields: [{ path, message: "the job is archived; unarchive it to change it" }],
    });
  }
  return job;
}

/** Creates a job, copies its stages from a pipeline template and sets its hiring team. */
export async function createJob(context: RequestContext, input: CreateJobInput): Promise<JobType> {
  const viewer = context.requireViewer();
  const problems = new FieldProblems();
  const fields = await readJobFields(context, input, problems, true);
  const templateStages = await readTemplateStages(context, input.pipelineTemplateId ?? null, problems);
  const customValues = await applyCustomValues(context, "JOB", {}, input.customValues ?? [], ["input", "customValues"], problems, true);
  problems.throwIfAny();
  const id = newId();
  const now = new Date();
  const status = input.status ?? "DRAFT";
  await context.db.insert(JobEntity, {
    workspaceId: viewer.workspaceId,
    id,
    title: input.title.trim(),
    department: null,
    city: null,
    region: null,
    country: null,
    isRemote: false,
    employmentType: "FULL_TIME",
    openings: 1,
    description: null,
    clientCompanyId: null,
    ...fields.columns,
    openingsFilled: 0,
    status,
    customValues,
    openedAt: status === "OPEN" ? now : null,
    closedAt: status === "CLOSED" || status === "FILLED" ? now : null,
    archivedAt: null,
    createdById: viewer.userId,
    updatedAt: now,
    version: 1,
  });
  await context.db.insert(
    StageEntity,
    templateStages.map((stage, position) => ({ workspaceId: viewer.workspaceId, id: newId(), jobId: id, position, removedAt: null, ...stage })),
  );
  if (fields.hiringTeam) await replaceHiringTeam(context, id, fields.hiringTeam);
  return reloadJob(context, id);
}

/** Updates a job, checking `expectedVersion` when given; openings may not drop below the hires made. */
export async function updateJob(context: RequestContext, input: UpdateJobInput): Promise<JobType> {
  const job = await lockWorkableJob(context, fromGlobalId(input.id, "Job", ["input", "id"]), ["input", "id"]);
  if (input.expectedVersion != null && input.expectedVersion !== job.version) {
    throw new DomainError(ErrorCode.CONFLICT, `The job was changed by someone else (version ${job.version}, you had ${input.expectedVersion})`, {
      current: await reloadJob(context, job.id),
    });
  }
  const problems = new FieldProblems();
  const fields = await readJobFields(context, input, problems, false);
  const changes: Partial<JobEntity> = { ...fields.columns };
  if (input.title != null) changes.title = input.title.trim();
  if (changes.openings !== undefined && changes.openings < job.openingsFilled) {
    problems.add(["input", "openings"], `must be at least the ${job.openingsFilled} hires already made`);
  }
  if (input.customValues) {
    changes.customValues = await applyCustomValues(context, "JOB", job.customValues, input.customValues, ["input", "customValues"], problems, false);
  }
  problems.throwIfAny();
  if (input.status && input.status !== job.status) Object.assign(changes, statusTimestamps(job, input.status));
  await context.db.update(JobEntity, { workspaceId: job.workspaceId, id: job.id }, { ...changes, updatedAt: new Date(), version: job.version + 1 });
  if (fields.hiringTeam) await replaceHiringTeam(context, job.id, fields.hiringTeam);
  return reloadJob(context, job.id);
}

/** Archives (read-only, hidden from lists) or unarchives a job. */
export async function setJobArchived(context: RequestContext, globalId: string, archived: boolean): Promise<JobType> {
  const viewer = context.requireViewer();
  const id = fromGlobalId(globalId, "Job", ["input", "id"]);
  if (!(await context.loaders.jobsById.load(id))) throw notFound(["input", "id"], "job");
  const job = await context.db.findOneOrFail(JobEntity, { where: { workspaceId: viewer.workspaceId, id }, lock: { mode: "pessimistic_write" } });
  if ((job.archivedAt !== null) !== archived) {
    await context.db.update(
      JobEntity,
      { workspaceId: job.workspaceId, id: job.id },
      { archivedAt: archived ? new Date() : null, updatedAt: new Date(), version: job.version + 1 },
    );
  }
  return reloadJob(context, job.id);
}

/** Closes a job: it stops hiring; its applications stay as they are. */
export async function closeJob(context: RequestContext, globalId: string): Promise<JobType> {
  const job = await lockWorkableJob(context, fromGlobalId(globalId, "Job", ["input", "id"]), ["input", "id"]);
  if (job.status !== "CLOSED") {
    await context.db.update(
      JobEntity,
      { workspaceId: job.workspaceId, id: job.id },
      { ...statusTimestamps(job, "CLOSED"), updatedAt: new Date(), version: job.version + 1 },
    );
  }
  return reloadJob(context, job.id);
}

/** Re-reads a job after a write (clearing the request's caches of it). */
export async function reloadJob(context: RequestContext, id: string): Promise<JobType> {
  context.loaders.jobsById.clear(id);
  context.loaders.stagesByJob.clear(id);
  context.loaders.hiringTeamByJob.clear(id);
  const viewer = context.requireViewer();
  const [row] = (await context.db.query(`SELECT ${JOB_COLUMNS} FROM job j WHERE j.workspace_id = $1 AND j.id = $2`, [viewer.workspaceId, id])) as JobRow[];
  return toJobType(row);
}

function statusTimestamps(job: JobEntity, status: JobEntity["status"]): Partial<JobEntity> {
  const now = new Date();
  return {
    status,
    openedAt: status === "OPEN" ? (job.openedAt ?? now) : job.openedAt,
    closedAt: status === "CLOSED" || status === "FILLED" ? now : null,
  };
}

interface JobFields {
  columns: Partial<JobEntity>;
  hiringTeam: Array<{ userId: string; role: HiringTeamMemberInput["role"] }> | null;
}

async function readJobFields(context: RequestContext, input: JobFieldsInput, problems: FieldProblems, isNew: boolean): Promise<JobFields> {
  const columns: Partial<JobEntity> = {};
  const text = (value: string | null | undefined) => value?.trim() || null;
  if (input.department !== undefined) columns.department = text(input.department);
  if (input.location !== undefined) {
    columns.city = text(input.location?.city);
    columns.region = text(input.location?.region);
    const country = text(input.location?.country)?.toUpperCase() ?? null;
    if (country && !(/^[A-Z]{2}$/.test(country) && isSupportedCountry(country))) {
      problems.add(["input", "location", "country"], "must be an ISO 3166-1 alpha-2 country code, e.g. DE");
    }
    columns.country = country;
  }
  if (input.isRemote != null) columns.isRemote = input.isRemote;
  if (input.employmentType != null) columns.employmentType = input.employmentType;
  if (input.openings != null) columns.openings = input.openings;
  if (input.status != null && isNew) columns.status = input.status;
  if (input.description !== undefined) columns.description = text(input.description);
  if (input.clientCompanyId !== undefined) {
    columns.clientCompanyId = null;
    if (input.clientCompanyId !== null) {
      const parsed = parseGlobalId(input.clientCompanyId);
      const company = parsed?.typeName === "Company" ? await context.loaders.companiesById.load(parsed.id) : null;
      if (!company || company.deletedAt) problems.add(["input", "clientCompanyId"], "no company with this id");
      else columns.clientCompanyId = company.rawId;
    }
  }
  let hiringTeam: JobFields["hiringTeam"] = null;
  if (input.hiringTeam) {
    const members = input.hiringTeam.map((member, index) => {
      const parsed = parseGlobalId(member.userId);
      return { index, userId: parsed?.typeName === "User" ? parsed.id : null, role: member.role };
    });
    const users = await context.loaders.usersById.loadMany(members.map((member) => member.userId ?? "00000000-0000-0000-0000-000000000000"));
    hiringTeam = [];
    for (const [position, member] of members.entries()) {
      const user = users[position];
      if (!member.userId || !user || user instanceof Error) problems.add(["input", "hiringTeam", member.index, "userId"], "no user with this id");
      else if (!user.isActive) problems.add(["input", "hiringTeam", member.index, "userId"], "this user is deactivated");
      else if (!hiringTeam.some((existing) => existing.userId === member.userId && existing.role === member.role)) {
        hiringTeam.push({ userId: member.userId, role: member.role });
      }
    }
  }
  return { columns, hiringTeam };
}

async function replaceHiringTeam(context: RequestContext, jobId: string, team: NonNullable<JobFields["hiringTeam"]>): Promise<void> {
  const workspaceId = context.requireViewer().workspaceId;
  await context.db.delete(JobHiringTeamEntity, { workspaceId, jobId });
  if (team.length > 0) await context.db.insert(JobHiringTeamEntity, team.map((member) => ({ workspaceId, jobId, ...member })));
  context.loaders.hiringTeamByJob.clear(jobId);
  context.loaders.jobsById.clearAll();
}

/** The stages a new job copies: the named template's, else the default template's, else the built-in default. */
async function readTemplateStages(
  context: RequestContext,
  templateGlobalId: string | null,
  problems: FieldProblems,
): Promise<Array<Pick<StageEntity, "name" | "category" | "slaDays">>> {
  const workspaceId = context.requireViewer().workspaceId;
  let template: PipelineTemplateEntity | null;
  if (templateGlobalId) {
    const parsed = parseGlobalId(templateGlobalId);
    template = parsed?.typeName === "PipelineTemplate" ? await context.db.findOneBy(PipelineTemplateEntity, { workspaceId, id: parsed.id }) : null;
    if (!template) {
      problems.add(["input", "pipelineTemplateId"], "no pipeline template with this id");
      return [];
    }
  } else {
    template = await context.db.findOneBy(PipelineTemplateEntity, { workspaceId, isDefault: true });
  }
  if (!template) return DEFAULT_PIPELINE_STAGES.map((stage) => ({ ...stage }));
  const stages = await context.db.find(PipelineTemplateStageEntity, { where: { workspaceId, templateId: template.id }, order: { position: "ASC" } });
  return stages.map((stage) => ({ name: stage.name, category: stage.category, slaDays: stage.slaDays }));
}
