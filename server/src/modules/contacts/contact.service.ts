import { contactFilterSchema, LIMITS, type ContactFilter as ContactFilterAst } from "@talentlane/shared";
import { badInput, DomainError, ErrorCode, FieldProblems, notFound, type FieldPath } from "../../common/errors";
import { fromGlobalId, parseGlobalId } from "../../common/global-id";
import { newId } from "../../common/ids";
import type { KeysetOrdering } from "../../common/pagination/keyset";
import { readPageRequest, type PaginationArgs } from "../../common/pagination/page";
import { runPagedQuery } from "../../common/pagination/paged-query";
import { readFilter } from "../../common/read-filter";
import { escapeLike, SqlParameters } from "../../common/sql";
import type { RequestContext } from "../../graphql/context";
import type { DeletedRecords } from "../../graphql/enums";
import { deletedCondition, mentionsCustomFields, startFilterCompilation } from "../companies/company.service";
import { applyCustomValues } from "../custom-fields/custom-values";
import { loadFilterReferences, mentionsReferences } from "../segments/filter-references";
import { ensureTags } from "../tags/tag.service";
import { getDefaultCountry } from "../workspaces/workspace.service";
import { compileContactFilter } from "./contact-filter.sql";
import { ContactOrderBy, type ContactFilter } from "./contact-filter.inputs";
import { ContactEntity } from "./contact.entity";
import type { CreateContactInput, UpdateContactInput } from "./contact.inputs";
import { toContactType, type ContactRow } from "./contact.mapper";
import { normalizeContactFields, type ContactPatch } from "./contact-normalize";
import { CONTACT_COLUMNS, CONTACT_ORDERINGS, contactSearch, contactVisibility, type ContactColumns } from "./contact.sql";
import { ContactConnection, type ContactType } from "./contact.type";

/** Which contacts a list or bulk action covers: a filter, a search, and whether deleted ones count. */
export interface ContactSelection {
  filter?: ContactFilter | null;
  search?: string | null;
  deleted?: DeletedRecords | null;
}

export interface ListContactsArgs extends PaginationArgs, ContactSelection {
  orderBy?: ContactOrderBy | null;
}

/** A compiled selection: its SQL condition over `c`, its parameters, and the relevance score if searching. */
export interface CompiledContactSelection {
  where: string;
  params: SqlParameters;
  relevance: string | null;
}

/**
 * Compiles a selection into one SQL condition: workspace, visibility for the viewer's role, deleted state, the
 * filter AST and the search. Every problem in the filter is reported at once as BAD_USER_INPUT.
 */
export async function compileContactSelection(
  context: RequestContext,
  selection: ContactSelection,
  path: FieldPath = [],
): Promise<CompiledContactSelection> {
  const viewer = context.requireViewer();
  const filter: ContactFilterAst | null = readFilter(contactFilterSchema, selection.filter, [...path, "filter"]);
  const references = mentionsReferences(filter) ? await loadFilterReferences(context, filter) : undefined;
  // Saved filters the request refers to may use custom fields even when the request itself does not.
  const needsCustomFields =
    mentionsCustomFields(filter) ||
    [...(references?.segments.values() ?? []), ...(references?.pools.values() ?? [])].some((saved) => mentionsCustomFields(saved.filter));
  const compilation = await startFilterCompilation(context, viewer.workspaceId, needsCustomFields);
  compilation.references = references;
  const conditions = [`c.workspace_id = $1`, contactVisibility(viewer, compilation.params), deletedCondition("c", selection.deleted)];
  if (filter) conditions.push(compileContactFilter(filter, [...path, "filter"], compilation));
  let relevance: string | null = null;
  const search = selection.search?.trim();
  if (search) {
    if (search.length > LIMITS.searchMaxLength) {
      throw badInput([...path, "search"], `must be at most ${LIMITS.searchMaxLength} characters`);
    }
    const term = compilation.params.add(search.toLowerCase());
    const pattern = compilation.params.add(`%${escapeLike(search.toLowerCase())}%`);
    const { condition, distance } = contactSearch(term, pattern, search.toLowerCase());
    conditions.push(condition);
    relevance = distance;
  }
  compilation.problems.throwIfAny();
  return { where: conditions.join(" AND "), params: compilation.params, relevance };
}

/**
 * A page of contacts: filtered, searched, ordered, keyset-paged. `withTotal`: the client asks for `totalCount`
 * (a filtered or searched first page then counts its matches in the statement that reads the page).
 */
export async function listContacts(
  context: RequestContext,
  args: ListContactsArgs,
  { withTotal = false, columns = null }: { withTotal?: boolean; columns?: ContactColumns | null } = {},
): Promise<ContactConnection> {
  const selection = await compileContactSelection(context, args);
  const orderBy = args.orderBy ?? (selection.relevance ? ContactOrderBy.RELEVANCE : ContactOrderBy.CREATED_AT_DESC);
  let ordering: KeysetOrdering;
  if (orderBy === ContactOrderBy.RELEVANCE) {
    if (!selection.relevance) throw badInput(["orderBy"], "RELEVANCE needs a search term");
    ordering = { key: "RELEVANCE", columns: [{ expression: selection.relevance, castTo: "real" }], descending: false, idExpression: "c.id" };
  } else {
    ordering = CONTACT_ORDERINGS[orderBy];
  }
  const page = readPageRequest(args, ordering.key, ordering.columns.length);
  // A filter or a search may match and sort a large share of the pool: sort keys, then read the page's rows.
  // (An unfiltered list walks an index in order and reads only the page's rows anyway.)
  const keysFirst = args.filter || args.search?.trim() ? { table: "contact c", key: ["c.workspace_id", "c.id"] } : undefined;
  return runPagedQuery<ContactRow, ContactType, ContactConnection>(
    context.db,
    { select: columns?.select ?? CONTACT_COLUMNS, from: "contact c", where: selection.where, params: selection.params, ordering, page, keysFirst, withTotal },
    ContactConnection,
    toContactType,
  );
}

/** Contacts by database id, in the order given (missing ones skipped); one statement. */
export async function loadContacts(context: RequestContext, ids: string[]): Promise<ContactType[]> {
  if (ids.length === 0) return [];
  const viewer = context.requireViewer();
  const params = new SqlParameters([viewer.workspaceId, ids]);
  const rows = (await context.db.query(
    `SELECT ${CONTACT_COLUMNS} FROM contact c WHERE c.workspace_id = $1 AND c.id = ANY($2::uuid[]) AND ${contactVisibility(viewer, params)}`,
    params.values,
  )) as ContactRow[];
  const byId = new Map(rows.map((row) => [row.id, toContactType(row)]));
  return ids.map((id) => byId.get(id)).filter((contact): contact is ContactType => contact !== undefined);
}

/** One contact by global id (deleted ones too); NOT_FOUND naming `path` when there is none the viewer may see. */
export async function getContact(context: RequestContext, globalId: string, path: FieldPath): Promise<ContactType> {
  const id = fromGlobalId(globalId, "Contact", path);
  const [contact] = await loadContacts(context, [id]);
  if (!contact) throw notFound(path, "contact");
  return contact;
}

/** Creates a contact from normalised input; tags named are created when missing. */
export async function createContact(context: RequestContext, input: CreateContactInput): Promise<ContactType> {
  const viewer = context.requireViewer();
  const problems = new FieldProblems();
  const needsCountry = (input.phones?.length ?? 0) > 0 && !input.location?.country;
  const patch = normalizeContactFields(input, null, needsCountry ? await getDefaultCountry(context) : null, ["input"], problems);
  const references = await resolveReferences(context, input, problems);
  const customValues = await applyCustomValues(context, "CONTACT", {}, input.customValues ?? [], ["input", "customValues"], problems, true);
  problems.throwIfAny();
  const tagIds = input.tags?.length ? await ensureTags(context, input.tags, ["input", "tags"]) : [];
  const id = newId();
  const now = new Date();
  await context.db.insert(ContactEntity, {
    ...emptyContact(),
    ...patch,
    ...references,
    workspaceId: viewer.workspaceId,
    id,
    tagIds,
    customValues,
    consentRecordedAt: patch.consentStatus && patch.consentStatus !== "UNKNOWN" ? now : null,
    createdById: viewer.userId,
    updatedAt: now,
    version: 1,
  });
  return reloadContact(context, id);
}

/** Updates a contact, checking `expectedVersion` when given; a stale version is a CONFLICT and changes nothing. */
export async function updateContact(context: RequestContext, input: UpdateContactInput): Promise<ContactType> {
  const contact = await lockContact(context, input.id, ["input", "id"]);
  await assertVersion(context, contact, input.expectedVersion);
  const problems = new FieldProblems();
  const needsCountry = (input.phones?.length ?? 0) > 0 && !(input.location?.country ?? contact.country);
  const patch: ContactPatch & Partial<ContactEntity> = normalizeContactFields(
    input,
    contact,
    needsCountry ? await getDefaultCountry(context) : null,
    ["input"],
    problems,
  );
  Object.assign(patch, await resolveReferences(context, input, problems));
  if (input.customValues) {
    patch.customValues = await applyCustomValues(
      context,
      "CONTACT",
      contact.customValues,
      input.customValues,
      ["input", "customValues"],
      problems,
      false,
    );
  }
  problems.throwIfAny();
  if (patch.consentStatus && patch.consentStatus !== contact.consentStatus) patch.consentRecordedAt = new Date();
  await context.db.update(
    ContactEntity,
    { workspaceId: contact.workspaceId, id: contact.id },
    { ...patch, updatedAt: new Date(), version: contact.version + 1 },
  );
  return reloadContact(context, contact.id);
}

/** Sets a contact's custom values (used by `setCustomValues`). */
export async function setContactCustomValues(
  context: RequestContext,
  globalId: string,
  values: Array<{ key: string; value: unknown }>,
  expectedVersion: number | null | undefined,
): Promise<ContactType> {
  const contact = await lockContact(context, globalId, ["input", "recordId"]);
  await assertVersion(context, contact, expectedVersion);
  const problems = new FieldProblems();
  const customValues = await applyCustomValues(context, "CONTACT", contact.customValues, values, ["input", "values"], problems, false);
  problems.throwIfAny();
  await context.db.update(
    ContactEntity,
    { workspaceId: contact.workspaceId, id: contact.id },
    { customValues, updatedAt: new Date(), version: contact.version + 1 },
  );
  return reloadContact(context, contact.id);
}

/** Soft-deletes (or restores) a contact. Deleting twice, or restoring a live contact, changes nothing. */
export async function setContactDeleted(context: RequestContext, globalId: string, deleted: boolean): Promise<ContactType> {
  const contact = await lockContact(context, globalId, ["input", "id"]);
  if ((contact.deletedAt !== null) !== deleted) {
    await context.db.update(
      ContactEntity,
      { workspaceId: contact.workspaceId, id: contact.id },
      { deletedAt: deleted ? new Date() : null, updatedAt: new Date(), version: contact.version + 1 },
    );
  }
  return reloadContact(context, contact.id);
}

/**
 * Reads contact ids named in a bulk input; every id must be a contact the viewer can see, else NOT_FOUND naming
 * each missing one, and nothing changes.
 */
export async function readContactIds(context: RequestContext, globalIds: string[], path: FieldPath): Promise<string[]> {
  const viewer = context.requireViewer();
  if (globalIds.length > LIMITS.bulkIdsMax) throw badInput(path, `names more than ${LIMITS.bulkIdsMax} contacts; use a filter`);
  const ids = globalIds.map((globalId, index) => fromGlobalId(globalId, "Contact", [...path, index]));
  const params = new SqlParameters([viewer.workspaceId, ids]);
  const found = (await context.db.query(
    `SELECT c.id FROM contact c WHERE c.workspace_id = $1 AND c.id = ANY($2::uuid[]) AND ${contactVisibility(viewer, params)}`,
    params.values,
  )) as Array<{ id: string }>;
  const existing = new Set(found.map((row) => row.id));
  const missing = ids.map((id, index) => ({ id, index })).filter(({ id }) => !existing.has(id));
  if (missing.length > 0) {
    throw new DomainError(ErrorCode.NOT_FOUND, `${missing.length} of the contacts named do not exist`, {
      fields: missing.map(({ index }) => ({ path: [...path, index], message: "no contact with this id" })),
    });
  }
  return [...new Set(ids)];
}

async function lockContact(context: RequestContext, globalId: string, path: FieldPath): Promise<ContactEntity> {
  const viewer = context.requireViewer();
  const id = fromGlobalId(globalId, "Contact", path);
  const [visible] = await loadContacts(context, [id]);
  const contact = visible
    ? await context.db.findOne(ContactEntity, { where: { workspaceId: viewer.workspaceId, id }, lock: { mode: "pessimistic_write" } })
    : null;
  if (!contact) throw notFound(path, "contact");
  return contact;
}

async function assertVersion(context: RequestContext, contact: ContactEntity, expected: number | null | undefined): Promise<void> {
  if (expected != null && expected !== contact.version) {
    throw new DomainError(
      ErrorCode.CONFLICT,
      `The contact was changed by someone else (version ${contact.version}, you had ${expected}); reload and try again`,
      { current: await reloadContact(context, contact.id) },
    );
  }
}

async function reloadContact(context: RequestContext, id: string): Promise<ContactType> {
  const [contact] = await loadContacts(context, [id]);
  return contact;
}

/** Checks the company and owner an input names and returns their database ids. */
async function resolveReferences(
  context: RequestContext,
  input: { companyId?: string | null; ownerId?: string | null },
  problems: FieldProblems,
): Promise<Partial<Pick<ContactEntity, "companyId" | "ownerId">>> {
  const references: Partial<Pick<ContactEntity, "companyId" | "ownerId">> = {};
  if (input.companyId !== undefined) {
    references.companyId = null;
    if (input.companyId !== null) {
      const parsed = parseGlobalId(input.companyId);
      const company = parsed?.typeName === "Company" ? await context.loaders.companiesById.load(parsed.id) : null;
      if (!company) problems.add(["input", "companyId"], "no company with this id");
      else if (company.deletedAt) problems.add(["input", "companyId"], "this company is deleted");
      else references.companyId = company.rawId;
    }
  }
  if (input.ownerId !== undefined) {
    references.ownerId = null;
    if (input.ownerId !== null) {
      const parsed = parseGlobalId(input.ownerId);
      const owner = parsed?.typeName === "User" ? await context.loaders.usersById.load(parsed.id) : null;
      if (!owner) problems.add(["input", "ownerId"], "no user with this id");
      else if (!owner.isActive) problems.add(["input", "ownerId"], "this user is deactivated");
      else references.ownerId = owner.rawId;
    }
  }
  return references;
}

function emptyContact(): Omit<ContactEntity, "workspaceId" | "id" | "displayName" | "createdAt" | "updatedAt" | "version"> {
  return {
    kind: "CANDIDATE",
    givenName: null,
    familyName: null,
    emails: [],
    phones: [],
    links: [],
    city: null,
    region: null,
    country: null,
    headline: null,
    currentTitle: null,
    currentCompanyName: null,
    companyId: null,
    skills: [],
    employments: [],
    educations: [],
    yearsOfExperience: null,
    availabilityDate: null,
    workAuthorization: null,
    willingToRelocate: null,
    desiredCompensation: null,
    source: null,
    ownerId: null,
    tagIds: [],
    customValues: {},
    consentStatus: "UNKNOWN",
    consentRecordedAt: null,
    createdById: null,
    deletedAt: null,
  };
}
