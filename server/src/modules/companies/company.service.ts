import { companyFilterSchema, LIMITS } from "@talentlane/shared";
import { badInput, DomainError, ErrorCode, FieldProblems, notFound, type FieldPath } from "../../common/errors";
import type { FilterCompilation } from "../../common/filter-sql";
import { fromGlobalId } from "../../common/global-id";
import { newId } from "../../common/ids";
import { normalizeDomain } from "../../common/normalize/domain";
import { readPageRequest, type PaginationArgs } from "../../common/pagination/page";
import { runPagedQuery } from "../../common/pagination/paged-query";
import { readFilter } from "../../common/read-filter";
import { escapeLike, SqlParameters } from "../../common/sql";
import { DeletedRecords } from "../../graphql/enums";
import type { RequestContext } from "../../graphql/context";
import { toCustomFieldShape } from "../custom-fields/custom-field.mapper";
import { applyCustomValues } from "../custom-fields/custom-values";
import { compileCompanyFilter } from "./company-filter.sql";
import { CompanyEntity } from "./company.entity";
import { CompanyOrderBy, type CompanyFilter, type CreateCompanyInput, type UpdateCompanyInput } from "./company.inputs";
import { COMPANY_COLUMNS, toCompanyType, type CompanyRow } from "./company.mapper";
import { COMPANY_ORDERINGS } from "./company.sql";
import { CompanyConnection, type CompanyType } from "./company.type";

export interface ListCompaniesArgs extends PaginationArgs {
  filter?: CompanyFilter | null;
  search?: string | null;
  orderBy?: CompanyOrderBy | null;
  deleted?: DeletedRecords | null;
}

/** Builds the shared parts of a filter compilation: parameters, definitions, problem list. */
export async function startFilterCompilation(context: RequestContext, workspaceId: string, needsCustomFields: boolean): Promise<FilterCompilation> {
  const params = new SqlParameters([workspaceId]);
  const compilation: FilterCompilation = {
    params,
    viewer: context.viewer,
    workspaceParam: "$1",
    customFields: { CONTACT: new Map(), COMPANY: new Map() },
    problems: new FieldProblems(),
  };
  if (needsCustomFields) {
    const [contactFields, companyFields] = await context.loaders.customFieldsByEntity.loadMany(["CONTACT", "COMPANY"]);
    for (const [entity, fields] of [["CONTACT", contactFields], ["COMPANY", companyFields]] as const) {
      if (fields instanceof Error) throw fields;
      for (const field of fields) compilation.customFields[entity].set(field.key, toCustomFieldShape(field));
    }
  }
  return compilation;
}

/** Whether a filter (as plain JSON) mentions custom fields anywhere, so definitions must be loaded. */
export function mentionsCustomFields(filter: unknown): boolean {
  return filter !== null && filter !== undefined && JSON.stringify(filter).includes('"customFields"');
}

/** SQL for which rows a list shows given its `deleted` argument. */
export function deletedCondition(alias: string, deleted: DeletedRecords | null | undefined): string {
  switch (deleted ?? DeletedRecords.EXCLUDE) {
    case DeletedRecords.ONLY:
      return `${alias}.deleted_at IS NOT NULL`;
    case DeletedRecords.INCLUDE:
      return "TRUE";
    default:
      return `${alias}.deleted_at IS NULL`;
  }
}

/** A page of companies matching a filter and a name/domain search. */
export async function listCompanies(context: RequestContext, args: ListCompaniesArgs): Promise<CompanyConnection> {
  const viewer = context.requireViewer();
  const ordering = COMPANY_ORDERINGS[args.orderBy ?? CompanyOrderBy.NAME_ASC];
  const page = readPageRequest(args, ordering.key, ordering.columns.length);
  const filter = readFilter(companyFilterSchema, args.filter, ["filter"]);
  const compilation = await startFilterCompilation(context, viewer.workspaceId, mentionsCustomFields(filter));
  const conditions = [`co.workspace_id = $1`, deletedCondition("co", args.deleted)];
  if (filter) conditions.push(compileCompanyFilter(filter, "co", ["filter"], compilation));
  const search = args.search?.trim();
  if (search) {
    if (search.length > LIMITS.searchMaxLength) throw badInput(["search"], `must be at most ${LIMITS.searchMaxLength} characters`);
    const pattern = compilation.params.add(`%${escapeLike(search.toLowerCase())}%`);
    conditions.push(`(lower(co.name) LIKE ${pattern} OR co.domain LIKE ${pattern})`);
  }
  compilation.problems.throwIfAny();
  return runPagedQuery<CompanyRow, CompanyType, CompanyConnection>(
    context.db,
    { select: COMPANY_COLUMNS, from: "company co", where: conditions.join(" AND "), params: compilation.params, ordering, page },
    CompanyConnection,
    toCompanyType,
  );
}

/** One company by global id (deleted ones too); NOT_FOUND naming `path` otherwise. */
export async function getCompany(context: RequestContext, globalId: string, path: FieldPath): Promise<CompanyType> {
  context.requireViewer();
  const id = fromGlobalId(globalId, "Company", path);
  const company = await context.loaders.companiesById.load(id);
  if (!company) throw notFound(path, "company");
  return company;
}

/** Creates a company. Its domain, when given, must be free in the workspace. */
export async function createCompany(context: RequestContext, input: CreateCompanyInput): Promise<CompanyType> {
  const viewer = context.requireViewer();
  const problems = new FieldProblems();
  const domain = readDomain(input.domain, ["input", "domain"], problems);
  const customValues = await applyCustomValues(context, "COMPANY", {}, input.customValues ?? [], ["input", "customValues"], problems, true);
  problems.throwIfAny();
  if (domain) await assertDomainFree(context, viewer.workspaceId, domain, null);
  const id = newId();
  await context.db.insert(CompanyEntity, {
    workspaceId: viewer.workspaceId,
    id,
    name: input.name.trim(),
    domain,
    industry: input.industry?.trim() || null,
    size: input.size ?? null,
    description: input.description?.trim() || null,
    customValues,
    createdById: viewer.userId,
    updatedAt: new Date(),
    deletedAt: null,
    version: 1,
  });
  return reloadCompany(context, id);
}

/** Updates a company, checking `expectedVersion` when given (a stale one is a CONFLICT and changes nothing). */
export async function updateCompany(context: RequestContext, input: UpdateCompanyInput): Promise<CompanyType> {
  const company = await lockCompany(context, input.id, ["input", "id"]);
  await assertVersion(context, company.version, input.expectedVersion, company.id);
  const problems = new FieldProblems();
  const changes: Partial<CompanyEntity> = {};
  if (input.name != null) changes.name = input.name.trim();
  if (input.domain !== undefined) changes.domain = input.domain === null ? null : readDomain(input.domain, ["input", "domain"], problems);
  if (input.industry !== undefined) changes.industry = input.industry?.trim() || null;
  if (input.size !== undefined) changes.size = input.size ?? null;
  if (input.description !== undefined) changes.description = input.description?.trim() || null;
  if (input.customValues) {
    changes.customValues = await applyCustomValues(
      context,
      "COMPANY",
      company.customValues,
      input.customValues,
      ["input", "customValues"],
      problems,
      false,
    );
  }
  problems.throwIfAny();
  if (changes.domain && changes.domain !== company.domain) await assertDomainFree(context, company.workspaceId, changes.domain, company.id);
  await context.db.update(
    CompanyEntity,
    { workspaceId: company.workspaceId, id: company.id },
    { ...changes, updatedAt: new Date(), version: company.version + 1 },
  );
  return reloadCompany(context, company.id);
}

/** Sets a company's custom values (used by `setCustomValues`). */
export async function setCompanyCustomValues(
  context: RequestContext,
  id: string,
  values: Array<{ key: string; value: unknown }>,
  expectedVersion: number | null | undefined,
): Promise<CompanyType> {
  const company = await lockCompany(context, id, ["input", "recordId"]);
  await assertVersion(context, company.version, expectedVersion, company.id);
  const problems = new FieldProblems();
  const customValues = await applyCustomValues(context, "COMPANY", company.customValues, values, ["input", "values"], problems, false);
  problems.throwIfAny();
  await context.db.update(
    CompanyEntity,
    { workspaceId: company.workspaceId, id: company.id },
    { customValues, updatedAt: new Date(), version: company.version + 1 },
  );
  return reloadCompany(context, company.id);
}

/** Soft-deletes (or restores) a company. Deleting twice, or restoring a live company, changes nothing. */
export async function setCompanyDeleted(context: RequestContext, globalId: string, deleted: boolean): Promise<CompanyType> {
  const company = await lockCompany(context, globalId, ["input", "id"]);
  if ((company.deletedAt !== null) !== deleted) {
    if (!deleted && company.domain) await assertDomainFree(context, company.workspaceId, company.domain, company.id);
    await context.db.update(
      CompanyEntity,
      { workspaceId: company.workspaceId, id: company.id },
      { deletedAt: deleted ? new Date() : null, updatedAt: new Date(), version: company.version + 1 },
    );
  }
  return reloadCompany(context, company.id);
}

async function lockCompany(context: RequestContext, globalId: string, path: FieldPath): Promise<CompanyEntity> {
  const viewer = context.requireViewer();
  const id = fromGlobalId(globalId, "Company", path);
  const company = await context.db.findOne(CompanyEntity, {
    where: { workspaceId: viewer.workspaceId, id },
    lock: { mode: "pessimistic_write" },
  });
  if (!company) throw notFound(path, "company");
  return company;
}

async function assertVersion(context: RequestContext, current: number, expected: number | null | undefined, id: string): Promise<void> {
  if (expected != null && expected !== current) {
    throw new DomainError(ErrorCode.CONFLICT, `The company was changed by someone else (version ${current}, you had ${expected})`, {
      current: await reloadCompany(context, id),
    });
  }
}

async function reloadCompany(context: RequestContext, id: string): Promise<CompanyType> {
  context.loaders.companiesById.clear(id);
  const rows = (await context.db.query(`SELECT ${COMPANY_COLUMNS} FROM company co WHERE co.workspace_id = $1 AND co.id = $2`, [
    context.requireViewer().workspaceId,
    id,
  ])) as CompanyRow[];
  return toCompanyType(rows[0]);
}

function readDomain(raw: string | null | undefined, path: FieldPath, problems: FieldProblems): string | null {
  if (raw === null || raw === undefined || raw.trim() === "") return null;
  const domain = normalizeDomain(raw);
  if (!domain) problems.add(path, "is not a web domain, e.g. acme.com");
  return domain;
}

async function assertDomainFree(context: RequestContext, workspaceId: string, domain: string, exceptId: string | null): Promise<void> {
  const rows = (await context.db.query(
    `SELECT 1 FROM company WHERE workspace_id = $1 AND domain = $2 AND deleted_at IS NULL AND id IS DISTINCT FROM $3`,
    [workspaceId, domain, exceptId],
  )) as unknown[];
  if (rows.length > 0) throw badInput(["input", "domain"], `${domain} is already the domain of another company`);
}
