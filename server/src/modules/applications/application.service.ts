import { rankBetween } from "@talentlane/shared";
import { badInput, DomainError, ErrorCode, notFound, type FieldPath } from "../../common/errors";
import { fromGlobalId, parseGlobalId } from "../../common/global-id";
import { newId } from "../../common/ids";
import { readPageRequest, type PaginationArgs } from "../../common/pagination/page";
import { runPagedQuery } from "../../common/pagination/paged-query";
import { SqlParameters } from "../../common/sql";
import type { RequestContext } from "../../graphql/context";
import { compileContactSelection, readContactIds } from "../contacts/contact.service";
import { lockWorkableJob } from "../jobs/job.service";
import { StageEntity } from "../pipelines/pipeline.entity";
import { lastRankInColumn } from "./application-moves";
import type { AddContactsToJobInput, ApplicationListFilter, CreateApplicationInput } from "./application.inputs";
import { APPLICATION_COLUMNS, APPLICATION_STAGE_JOIN, toApplicationType, type ApplicationRow } from "./application.mapper";
import { applicationVisibility } from "./application.sql";
import { ApplicationConnection, type ApplicationType } from "./application.type";

/** Most contacts one "add to job" may add; past it, narrow the filter. */
export const ADD_TO_JOB_MAX = 10_000;

const APPLIED_ORDERING = {
  key: "APPLIED_AT_DESC",
  columns: [{ expression: "a.applied_at", castTo: "timestamptz" as const }],
  descending: true,
  idExpression: "a.id",
};

/** One application the viewer may see; NOT_FOUND naming `path` otherwise. */
export async function getApplication(context: RequestContext, globalId: string, path: FieldPath): Promise<ApplicationType> {
  const application = await context.loaders.applicationsById.load(fromGlobalId(globalId, "Application", path));
  if (!application) throw notFound(path, "application");
  return application;
}

/** Re-reads an application after a write. */
export async function reloadApplication(context: RequestContext, id: string): Promise<ApplicationType> {
  forgetApplication(context, id);
  const application = await context.loaders.applicationsById.load(id);
  if (!application) throw new Error(`application ${id} vanished`);
  return application;
}

/** Drops what this request's loaders hold of an application that a write changed (the card, its history, its contact's list). */
export function forgetApplication(context: RequestContext, id: string): void {
  context.loaders.applicationsById.clear(id);
  context.loaders.transitionsByApplication.clear(id);
  context.loaders.applicationsByContact.clearAll();
}

/** A page of a job's applications, most recently applied first. */
export async function listJobApplications(
  context: RequestContext,
  jobRawId: string,
  args: PaginationArgs & { filter?: ApplicationListFilter | null },
): Promise<ApplicationConnection> {
  const viewer = context.requireViewer();
  const page = readPageRequest(args, APPLIED_ORDERING.key, 1);
  const params = new SqlParameters([viewer.workspaceId, jobRawId]);
  const conditions = ["a.workspace_id = $1", "a.job_id = $2", applicationVisibility(viewer, params)];
  const filter = args.filter;
  if (filter?.status?.length) conditions.push(`a.status = ANY(${params.add(filter.status)}::text[])`);
  if (filter?.stageId) conditions.push(`a.stage_id = ${params.add(fromGlobalId(filter.stageId, "Stage", ["filter", "stageId"]))}::uuid`);
  if (filter?.contactId) conditions.push(`a.contact_id = ${params.add(fromGlobalId(filter.contactId, "Contact", ["filter", "contactId"]))}::uuid`);
  return runPagedQuery<ApplicationRow, ApplicationType, ApplicationConnection>(
    context.db,
    { select: APPLICATION_COLUMNS, from: `application a ${APPLICATION_STAGE_JOIN}`, where: conditions.join(" AND "), params, ordering: APPLIED_ORDERING, page },
    ApplicationConnection,
    (row) => toApplicationType(row),
  );
}

/** Adds one contact to a job; refused when the contact already has an open application on it. */
export async function createApplication(context: RequestContext, input: CreateApplicationInput): Promise<ApplicationType> {
  const contactIds = await readContactIds(context, [input.contactId], ["input", "contactId"]);
  const [id] = await addApplications(context, {
    jobGlobalId: input.jobId,
    stageGlobalId: input.stageId ?? null,
    contactIds,
    source: input.source ?? null,
    creditedToGlobalId: input.creditedToId ?? null,
    appliedAt: input.appliedAt ?? null,
    onDuplicate: "refuse",
  });
  return reloadApplication(context, id);
}

/**
 * Adds many contacts to a job at the end of a stage, by ids or by filter, in one transaction: contacts already active
 * on the job are skipped and counted. Returns the new applications' ids and how many were skipped.
 */
export async function addContactsToJob(context: RequestContext, input: AddContactsToJobInput): Promise<{ addedIds: string[]; skipped: number }> {
  const byIds = input.contactIds != null;
  if (byIds === (input.filter != null)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, "input: name the contacts by contactIds or by filter, not both or neither", {
      fields: [{ path: ["input", "contactIds"], message: "give contactIds or filter, not both or neither" }],
    });
  }
  let contactIds: string[];
  if (byIds) {
    contactIds = await readContactIds(context, input.contactIds ?? [], ["input", "contactIds"]);
  } else {
    const selection = await compileContactSelection(context, { filter: input.filter, search: input.search }, ["input"]);
    const rows = (await context.db.query(
      `SELECT c.id FROM contact c WHERE ${selection.where} ORDER BY c.created_at, c.id LIMIT ${ADD_TO_JOB_MAX + 1}`,
      selection.params.values,
    )) as Array<{ id: string }>;
    if (rows.length > ADD_TO_JOB_MAX) throw badInput(["input", "filter"], `matches more than ${ADD_TO_JOB_MAX} contacts; narrow it`);
    contactIds = rows.map((row) => row.id);
  }
  const addedIds = await addApplications(context, {
    jobGlobalId: input.jobId,
    stageGlobalId: input.stageId ?? null,
    contactIds,
    source: input.source ?? null,
    creditedToGlobalId: null,
    appliedAt: null,
    onDuplicate: "skip",
  });
  return { addedIds, skipped: contactIds.length - addedIds.length };
}

interface NewApplications {
  jobGlobalId: string;
  stageGlobalId: string | null;
  contactIds: string[];
  source: string | null;
  creditedToGlobalId: string | null;
  appliedAt: Date | null;
  onDuplicate: "refuse" | "skip";
}

async function addApplications(context: RequestContext, request: NewApplications): Promise<string[]> {
  const viewer = context.requireViewer();
  const db = context.db;
  const job = await lockWorkableJob(context, fromGlobalId(request.jobGlobalId, "Job", ["input", "jobId"]), ["input", "jobId"]);
  const stages = await db.find(StageEntity, { where: { workspaceId: viewer.workspaceId, jobId: job.id }, order: { position: "ASC" } });
  const liveStages = stages.filter((stage) => stage.removedAt === null);
  let stage = liveStages.find((candidate) => candidate.category !== "HIRED" && candidate.category !== "REJECTED") ?? liveStages[0];
  if (request.stageGlobalId) {
    const stageId = fromGlobalId(request.stageGlobalId, "Stage", ["input", "stageId"]);
    stage = liveStages.find((candidate) => candidate.id === stageId)!;
    if (!stage) throw badInput(["input", "stageId"], "is not a stage of the job");
  }
  if (stage.category === "HIRED" || stage.category === "REJECTED") throw badInput(["input", "stageId"], "new applications cannot start hired or rejected");
  let creditedToId: string | null = null;
  if (request.creditedToGlobalId) {
    const parsed = parseGlobalId(request.creditedToGlobalId);
    const user = parsed?.typeName === "User" ? await context.loaders.usersById.load(parsed.id) : null;
    if (!user) throw badInput(["input", "creditedToId"], "no user with this id");
    creditedToId = user.rawId;
  }
  await db.query(`SELECT 1 FROM stage WHERE workspace_id = $1 AND id = $2 FOR UPDATE`, [viewer.workspaceId, stage.id]);

  const open = (await db.query(
    `SELECT contact_id FROM application WHERE workspace_id = $1 AND job_id = $2 AND status = 'ACTIVE' AND contact_id = ANY($3::uuid[])`,
    [viewer.workspaceId, job.id, request.contactIds],
  )) as Array<{ contact_id: string }>;
  if (open.length > 0 && request.onDuplicate === "refuse") {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, "input.contactId: the contact already has an open application on this job", {
      fields: [{ path: ["input", "contactId"], message: "the contact already has an open application on this job" }],
    });
  }
  const alreadyOpen = new Set(open.map((row) => row.contact_id));
  const contactIds = request.contactIds.filter((id) => !alreadyOpen.has(id));
  if (contactIds.length === 0) return [];

  const ranks: string[] = [];
  let previous: string | null = await lastRankInColumn(db, viewer.workspaceId, stage.id);
  for (let index = 0; index < contactIds.length; index += 1) {
    previous = rankBetween(previous, null);
    ranks.push(previous);
  }
  const ids = contactIds.map(() => newId());
  const appliedAt = (request.appliedAt ?? new Date()).toISOString();
  for (let start = 0; start < ids.length; start += 1_000) {
    const slice = (values: unknown[]) => values.slice(start, start + 1_000);
    await db.query(
      `INSERT INTO application (workspace_id, id, contact_id, job_id, stage_id, rank, source, credited_to_id, applied_at, stage_entered_at,
                                created_by_id, updated_at)
       SELECT $1, n.id, n.contact_id, $2, $3, n.rank, $4, $5, $6, $6, $7, $6
         FROM unnest($8::uuid[], $9::uuid[], $10::text[]) AS n(id, contact_id, rank)`,
      [viewer.workspaceId, job.id, stage.id, request.source?.trim() || null, creditedToId, appliedAt, viewer.userId, slice(ids), slice(contactIds), slice(ranks)],
    );
    await db.query(
      `INSERT INTO stage_transition (workspace_id, id, application_id, job_id, from_stage_id, to_stage_id, transitioned_at, by_id, reason)
       SELECT $1, n.id, n.application_id, $2, NULL, $3, $4, $5, 'Added to the job'
         FROM unnest($6::uuid[], $7::uuid[]) AS n(id, application_id)`,
      [viewer.workspaceId, job.id, stage.id, appliedAt, viewer.userId, slice(ids).map(() => newId()), slice(ids)],
    );
  }
  context.loaders.applicationsByContact.clearAll();
  return ids;
}
