import { faker } from "@faker-js/faker";
import type {
  CompanySize,
  ConsentStatus,
  ContactKind,
  InteractionChannel,
  InteractionDirection,
  UserRole,
} from "@talentlane/shared";
import type { DataSource, EntityManager } from "typeorm";
import { newId } from "../../common/ids";
import type { Logger } from "../../common/logger";
import { hashPassword } from "../../modules/auth/passwords";
import type {
  ContactEducation,
  ContactEmail,
  ContactEmployment,
  ContactLink,
  ContactPhone,
  ContactSkill,
  DesiredCompensation,
} from "../../modules/contacts/contact.values";
import { createDefaultCustomFields } from "../../modules/custom-fields/default-custom-fields";
import { withTenantTransaction } from "../tenant-transaction";
import {
  CANDIDATE_AVAILABILITY_OPTIONS,
  CANDIDATE_TEMPLATES,
  CHANNEL_WEIGHTS,
  CLIENT_CONTACT_FAMILY,
  CLIENT_TEMPLATES,
  COMPANY_SIZE_WEIGHTS,
  CONTACT_SOURCES,
  DEMO_COUNTRIES,
  DEMO_TAGS,
  DOMAIN_STOP_WORDS,
  INDUSTRIES,
  INTERVIEW_TOPICS,
  MOTIVATIONS,
  NOTICE_PERIODS,
  PERSONAL_EMAIL_DOMAINS,
  REFERRAL_SOURCE_BY_SOURCE,
  REFERRER_TEMPLATES,
  ROLE_FAMILIES,
  SENIORITY_SALARY_FACTORS,
  SENIORITY_THRESHOLDS,
  WEEKDAYS,
  type DemoCity,
  type DemoCountry,
  type InteractionTemplate,
  type PhoneRange,
  type RoleFamily,
} from "./demo-data";

/** The password of every demo user. Public on purpose: the demo workspace is for trying the product out. */
export const DEMO_PASSWORD = "talentlane-demo";

const DEMO_USERS: ReadonlyArray<{ key: DemoUserKey; email: string; name: string; role: UserRole }> = [
  { key: "admin", email: "admin@demo.talentlane.dev", name: "Avery Admin", role: "ADMIN" },
  { key: "recruiter", email: "recruiter@demo.talentlane.dev", name: "Riley Recruiter", role: "RECRUITER" },
  { key: "recruiter2", email: "recruiter2@demo.talentlane.dev", name: "Jordan Recruiter", role: "RECRUITER" },
  { key: "hiringManager", email: "hiring.manager@demo.talentlane.dev", name: "Morgan Manager", role: "HIRING_MANAGER" },
  { key: "analyst", email: "analyst@demo.talentlane.dev", name: "Quinn Analyst", role: "ANALYST" },
];

/** The demo users' sign-in details, for the README, the login page hint and tests. */
export const DEMO_CREDENTIALS: ReadonlyArray<{ email: string; role: UserRole; password: string }> = DEMO_USERS.map(
  ({ email, role }) => ({ email, role, password: DEMO_PASSWORD }),
);

const DEMO_ADMIN_EMAIL = "admin@demo.talentlane.dev";

/** How much of everything the demo workspace holds. */
export const DEMO_COUNTS = { companies: 300, contacts: 2_000, interactions: 10_000 } as const;

// Everything random is drawn from this seed and every date is relative to this reference date (never to "now"),
// so every run produces the same workspace and screenshots, docs and tests can rely on it.
const FAKER_SEED = 20261129;
const REFERENCE_DATE = new Date("2026-11-01T12:00:00Z");
const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;
/** Demo records were created over the two years before the reference date. */
const HISTORY_START = new Date(REFERENCE_DATE.getTime() - 730 * DAY_MS);
const INSERT_CHUNK_SIZE = 500;

type DemoUserKey = "admin" | "recruiter" | "recruiter2" | "hiringManager" | "analyst";
type DemoUsers = Record<DemoUserKey, { id: string; email: string; name: string; role: UserRole }>;

/**
 * Creates the demo workspace ("Demo Recruiting Co": five users, 300 companies, 2,000 contacts, 10,000 interactions)
 * unless its admin already exists, in which case nothing is written. The data is generated from a fixed seed, so
 * every run produces the same people; only the ids differ. Everything is written in one transaction as the request
 * role, so row-level security checks every row, and with one statement per chunk of rows, so seeding takes seconds.
 * An advisory lock makes two servers starting at once against the same database seed only once.
 */
export async function seedDemoWorkspace(dataSource: DataSource, logger: Logger): Promise<void> {
  const startedAt = performance.now();
  const workspaceId = newId();
  const counts = await withTenantTransaction(dataSource, workspaceId, async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('talentlane.demo-seed'))`);
    if (await isDemoSeeded(manager)) return null;

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const rows = generateDemoRows(workspaceId, passwordHash);
    await insertRows(manager, WORKSPACE_TABLE, [rows.workspace]);
    await insertRows(manager, USER_TABLE, rows.users);
    await insertRows(manager, COMPANY_TABLE, rows.companies);
    await insertRows(manager, TAG_TABLE, rows.tags);
    await createDefaultCustomFields(manager, workspaceId);
    await insertRows(manager, CONTACT_TABLE, rows.contacts);
    await insertRows(manager, INTERACTION_TABLE, rows.interactions);
    return {
      users: rows.users.length,
      companies: rows.companies.length,
      tags: rows.tags.length,
      contacts: rows.contacts.length,
      interactions: rows.interactions.length,
    };
  });
  if (!counts) {
    logger.info("demo data already present");
    return;
  }
  logger.info({ workspaceId, ...counts, elapsedMs: Math.round(performance.now() - startedAt) }, "demo workspace seeded");
}

/** Whether the demo admin exists. Its email is the one user row the login policy lets an unscoped role see. */
async function isDemoSeeded(manager: EntityManager): Promise<boolean> {
  await manager.query(`SELECT set_config('app.login_email', $1, true)`, [DEMO_ADMIN_EMAIL]);
  const found: unknown[] = await manager.query(`SELECT 1 FROM app_user WHERE email = $1`, [DEMO_ADMIN_EMAIL]);
  return found.length > 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Bulk inserts

/** A table and the columns a seed row fills, with their SQL types (for `jsonb_to_recordset`). */
interface TableSpec<Row> {
  table: string;
  columns: ReadonlyArray<readonly [column: keyof Row & string, sqlType: string]>;
}

/**
 * Inserts rows a chunk per statement: the chunk travels as one jsonb parameter and `jsonb_to_recordset` turns it
 * into rows, so the statement text stays the same whatever the chunk holds and the parameter limit never bites
 * (PGlite and node-postgres both accept it). Keys of a row are the table's column names.
 */
async function insertRows<Row extends object>(manager: EntityManager, spec: TableSpec<Row>, rows: readonly Row[]): Promise<void> {
  const names = spec.columns.map(([column]) => column).join(", ");
  const definitions = spec.columns.map(([column, sqlType]) => `${column} ${sqlType}`).join(", ");
  const sql = `INSERT INTO ${spec.table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS x(${definitions})`;
  for (let start = 0; start < rows.length; start += INSERT_CHUNK_SIZE) {
    await manager.query(sql, [JSON.stringify(rows.slice(start, start + INSERT_CHUNK_SIZE))]);
  }
}

interface WorkspaceRow {
  id: string;
  name: string;
  settings: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

const WORKSPACE_TABLE: TableSpec<WorkspaceRow> = {
  table: "workspace",
  columns: [
    ["id", "uuid"],
    ["name", "text"],
    ["settings", "jsonb"],
    ["created_at", "timestamptz"],
    ["updated_at", "timestamptz"],
  ],
};

interface UserRow {
  workspace_id: string;
  id: string;
  email: string;
  name: string;
  role: UserRole;
  password_hash: string;
  is_active: boolean;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

const USER_TABLE: TableSpec<UserRow> = {
  table: "app_user",
  columns: [
    ["workspace_id", "uuid"],
    ["id", "uuid"],
    ["email", "text"],
    ["name", "text"],
    ["role", "text"],
    ["password_hash", "text"],
    ["is_active", "boolean"],
    ["last_login_at", "timestamptz"],
    ["created_at", "timestamptz"],
    ["updated_at", "timestamptz"],
  ],
};

interface CompanyRow {
  workspace_id: string;
  id: string;
  name: string;
  domain: string;
  industry: string;
  size: CompanySize;
  description: string | null;
  custom_values: Record<string, unknown>;
  created_by_id: string;
  created_at: string;
  updated_at: string;
  version: number;
}

const COMPANY_TABLE: TableSpec<CompanyRow> = {
  table: "company",
  columns: [
    ["workspace_id", "uuid"],
    ["id", "uuid"],
    ["name", "text"],
    ["domain", "text"],
    ["industry", "text"],
    ["size", "text"],
    ["description", "text"],
    ["custom_values", "jsonb"],
    ["created_by_id", "uuid"],
    ["created_at", "timestamptz"],
    ["updated_at", "timestamptz"],
    ["version", "integer"],
  ],
};

interface TagRow {
  workspace_id: string;
  id: string;
  name: string;
  color: string;
  created_at: string;
}

const TAG_TABLE: TableSpec<TagRow> = {
  table: "tag",
  columns: [
    ["workspace_id", "uuid"],
    ["id", "uuid"],
    ["name", "text"],
    ["color", "text"],
    ["created_at", "timestamptz"],
  ],
};

interface ContactRow {
  workspace_id: string;
  id: string;
  kind: ContactKind;
  given_name: string;
  family_name: string;
  display_name: string;
  emails: ContactEmail[];
  phones: ContactPhone[];
  links: ContactLink[];
  city: string;
  region: string;
  country: string;
  headline: string | null;
  current_title: string | null;
  current_company_name: string | null;
  company_id: string | null;
  skills: ContactSkill[];
  employments: ContactEmployment[];
  educations: ContactEducation[];
  years_of_experience: number;
  availability_date: string | null;
  work_authorization: string | null;
  willing_to_relocate: boolean | null;
  desired_compensation: DesiredCompensation | null;
  source: string;
  owner_id: string | null;
  tag_ids: string[];
  custom_values: Record<string, unknown>;
  consent_status: ConsentStatus;
  consent_recorded_at: string | null;
  created_by_id: string;
  created_at: string;
  updated_at: string;
  deleted_at: null;
  version: number;
}

// The generated columns (email_text, phone_text, employment_text, search_vector) are left to
// PostgreSQL: inserting into them is an error.
const CONTACT_TABLE: TableSpec<ContactRow> = {
  table: "contact",
  columns: [
    ["workspace_id", "uuid"],
    ["id", "uuid"],
    ["kind", "text"],
    ["given_name", "text"],
    ["family_name", "text"],
    ["display_name", "text"],
    ["emails", "jsonb"],
    ["phones", "jsonb"],
    ["links", "jsonb"],
    ["city", "text"],
    ["region", "text"],
    ["country", "text"],
    ["headline", "text"],
    ["current_title", "text"],
    ["current_company_name", "text"],
    ["company_id", "uuid"],
    ["skills", "jsonb"],
    ["employments", "jsonb"],
    ["educations", "jsonb"],
    ["years_of_experience", "numeric"],
    ["availability_date", "date"],
    ["work_authorization", "text"],
    ["willing_to_relocate", "boolean"],
    ["desired_compensation", "jsonb"],
    ["source", "text"],
    ["owner_id", "uuid"],
    ["tag_ids", "uuid[]"],
    ["custom_values", "jsonb"],
    ["consent_status", "text"],
    ["consent_recorded_at", "timestamptz"],
    ["created_by_id", "uuid"],
    ["created_at", "timestamptz"],
    ["updated_at", "timestamptz"],
    ["deleted_at", "timestamptz"],
    ["version", "integer"],
  ],
};

interface InteractionRow {
  workspace_id: string;
  id: string;
  contact_id: string;
  channel: InteractionChannel;
  direction: InteractionDirection;
  subject: string | null;
  body: string;
  occurred_at: string;
  duration_minutes: number | null;
  author_id: string;
  participants: Array<{ name: string; email: string }>;
  created_at: string;
}

const INTERACTION_TABLE: TableSpec<InteractionRow> = {
  table: "interaction",
  columns: [
    ["workspace_id", "uuid"],
    ["id", "uuid"],
    ["contact_id", "uuid"],
    ["channel", "text"],
    ["direction", "text"],
    ["subject", "text"],
    ["body", "text"],
    ["occurred_at", "timestamptz"],
    ["duration_minutes", "integer"],
    ["author_id", "uuid"],
    ["participants", "jsonb"],
    ["created_at", "timestamptz"],
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Generation

interface DemoRows {
  workspace: WorkspaceRow;
  users: UserRow[];
  companies: CompanyRow[];
  tags: TagRow[];
  contacts: ContactRow[];
  interactions: InteractionRow[];
}

/** What the interaction generator needs to know about a contact beyond its row. */
interface ContactContext {
  row: ContactRow;
  kind: "CANDIDATE" | "CLIENT_CONTACT" | "REFERRER";
  family: RoleFamily;
  level: number;
  /** The company the recruiters are talking to this contact about (their own, for a client contact). */
  client: CompanyRow;
  /** How many interactions this contact attracts relative to the others (0: never contacted). */
  activity: number;
}

/** Generates every row of the demo workspace from the fixed seed: the same rows on every run, ids apart. */
function generateDemoRows(workspaceId: string, passwordHash: string): DemoRows {
  faker.seed(FAKER_SEED);
  const createdAt = iso(new Date(HISTORY_START.getTime() - 7 * DAY_MS));

  const workspace: WorkspaceRow = {
    id: workspaceId,
    name: "Demo Recruiting Co",
    settings: { defaultCountry: "US" },
    created_at: createdAt,
    updated_at: createdAt,
  };

  const users = {} as DemoUsers;
  for (const { key, email, name, role } of DEMO_USERS) users[key] = { id: newId(), email, name, role };
  const userRows = DEMO_USERS.map(({ key }): UserRow => {
    const user = users[key];
    // Recruiters and the admin use the product daily; the others have not signed in yet.
    const hasSignedIn = user.role === "ADMIN" || user.role === "RECRUITER";
    return {
      workspace_id: workspaceId,
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      password_hash: passwordHash,
      is_active: true,
      last_login_at: hasSignedIn ? iso(new Date(REFERENCE_DATE.getTime() - faker.number.int({ min: 1, max: 72 }) * 3_600_000)) : null,
      created_at: createdAt,
      updated_at: createdAt,
    };
  });

  const companies = generateCompanies(workspaceId, users.admin.id);
  const tags = DEMO_TAGS.map(
    ({ name, color }): TagRow => ({ workspace_id: workspaceId, id: newId(), name, color, created_at: createdAt }),
  );
  const contacts = generateContacts(workspaceId, users, companies, tags);
  const interactions = generateInteractions(workspaceId, users, contacts);
  return { workspace, users: userRows, companies, tags, contacts: contacts.map((contact) => contact.row), interactions };
}

function generateCompanies(workspaceId: string, adminId: string): CompanyRow[] {
  const takenDomains = new Set<string>();
  const companies = Array.from({ length: DEMO_COUNTS.companies }, (_unused, index) => {
    const name = faker.company.name();
    const created = between(HISTORY_START, new Date(REFERENCE_DATE.getTime() - DAY_MS));
    return {
      workspace_id: workspaceId,
      id: "",
      name,
      domain: uniqueDomain(name, index, takenDomains),
      industry: pickSkewed(INDUSTRIES, 0.6),
      size: faker.helpers.weightedArrayElement(COMPANY_SIZE_WEIGHTS),
      description: faker.datatype.boolean(0.6) ? `${faker.company.catchPhrase()}.` : null,
      custom_values: {},
      created_by_id: adminId,
      created_at: iso(created),
      updated_at: iso(faker.datatype.boolean(0.5) ? created : between(created, REFERENCE_DATE)),
      version: 1,
    } satisfies CompanyRow;
  });
  return withIdsInCreationOrder(companies, (company) => company);
}

/**
 * A company's domain from the first two distinctive words of its name ("Schinner, Gutmann and Kuhlman" becomes
 * schinnergutmann.com); a name whose domain is taken gets its index appended, so domains stay unique.
 */
function uniqueDomain(name: string, index: number, taken: Set<string>): string {
  const words = asciiFold(name)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !DOMAIN_STOP_WORDS.has(word));
  const label = words.slice(0, 2).join("").slice(0, 40) || "company";
  let domain = `${label}.com`;
  if (taken.has(domain)) domain = `${label}${index}.com`;
  taken.add(domain);
  return domain;
}

function generateContacts(workspaceId: string, users: DemoUsers, companies: CompanyRow[], tags: TagRow[]): ContactContext[] {
  const taken = { emails: new Set<string>(), phones: new Set<string>() };
  const tagIdsByName = new Map(tags.map((tag) => [tag.name, tag.id]));
  const contacts = Array.from({ length: DEMO_COUNTS.contacts }, () =>
    generateContact(workspaceId, users, companies, tagIdsByName, taken),
  );
  return withIdsInCreationOrder(contacts, (contact) => contact.row);
}

function generateContact(
  workspaceId: string,
  users: DemoUsers,
  companies: CompanyRow[],
  tagIdsByName: Map<string, string>,
  taken: { emails: Set<string>; phones: Set<string> },
): ContactContext {
  const kind = faker.helpers.weightedArrayElement([
    { value: "CANDIDATE" as const, weight: 90 },
    { value: "CLIENT_CONTACT" as const, weight: 6 },
    { value: "REFERRER" as const, weight: 4 },
  ]);
  const isCandidate = kind === "CANDIDATE";
  const givenName = faker.person.firstName();
  const familyName = faker.person.lastName();
  const country = faker.helpers.weightedArrayElement(DEMO_COUNTRIES.map((value) => ({ value, weight: value.weight })));
  const city = faker.helpers.weightedArrayElement(country.cities.map((value) => ({ value, weight: value.weight })));
  const family =
    kind === "CLIENT_CONTACT"
      ? CLIENT_CONTACT_FAMILY
      : faker.helpers.weightedArrayElement(ROLE_FAMILIES.map((value) => ({ value, weight: value.weight })));

  // Careers skew junior-to-mid (median about nine years); managers and client-side contacts are experienced.
  let yearsOfExperience = oneDecimal(0.3 + 34.7 * faker.number.float() ** 2);
  if (kind === "CLIENT_CONTACT" || family.key === "engineering-management") {
    yearsOfExperience = oneDecimal(Math.min(35, 5 + yearsOfExperience));
  }
  const level = seniorityAt(yearsOfExperience);

  // About 70% of all contacts work at a company in the workspace: every client contact, 68% of the others.
  const company = kind === "CLIENT_CONTACT" || faker.datatype.boolean(0.68) ? faker.helpers.arrayElement(companies) : null;
  const isEmployed = company !== null || yearsOfExperience < 1 || faker.datatype.boolean(0.8);
  const currentCompanyName = company?.name ?? (isEmployed ? faker.company.name() : null);
  const employments = generateEmployments(family, yearsOfExperience, currentCompanyName, companies);
  const skills = generateSkills(family, yearsOfExperience);
  const currentTitle = isEmployed ? employments[0].title : null;
  const latestTitle = employments[0].title;

  const created = recentlySkewedDate();
  const consentStatus = faker.helpers.weightedArrayElement<ConsentStatus>([
    { value: "GRANTED", weight: 55 },
    { value: "UNKNOWN", weight: 35 },
    { value: "WITHDRAWN", weight: 6 },
    { value: "DENIED", weight: 4 },
  ]);
  const tagNames = chooseTags(kind, yearsOfExperience, level, consentStatus);
  const workAuthorization = faker.helpers.weightedArrayElement(country.workAuthorizations);
  const source = faker.helpers.weightedArrayElement(CONTACT_SOURCES);
  const availabilityDate =
    isCandidate && faker.datatype.boolean(0.45) ? isoDay(addDays(REFERENCE_DATE, faker.number.int({ min: 0, max: 120 }))) : null;

  const row: ContactRow = {
    workspace_id: workspaceId,
    id: "",
    kind,
    given_name: givenName,
    family_name: familyName,
    display_name: `${givenName} ${familyName}`,
    emails: generateEmails(kind, givenName, familyName, company, taken.emails),
    phones: generatePhones(country, city, taken.phones),
    links: generateLinks(family, givenName, familyName),
    city: city.city,
    region: city.region,
    country: country.code,
    headline: faker.datatype.boolean(0.92) ? `${latestTitle} · ${skills.slice(0, 2).map((skill) => skill.name).join(", ")}` : null,
    current_title: currentTitle,
    current_company_name: currentCompanyName,
    company_id: company?.id ?? null,
    skills,
    employments,
    educations: generateEducations(family, country, yearsOfExperience),
    years_of_experience: yearsOfExperience,
    availability_date: availabilityDate,
    work_authorization: workAuthorization,
    willing_to_relocate: tagNames.includes("Relocation")
      ? true
      : tagNames.includes("Remote only")
        ? false
        : faker.helpers.weightedArrayElement([
            { value: true, weight: 30 },
            { value: false, weight: 25 },
            { value: null, weight: 45 },
          ]),
    desired_compensation: isCandidate && faker.datatype.boolean(0.55) ? generateCompensation(country, family, level) : null,
    source,
    owner_id: faker.helpers.weightedArrayElement([
      { value: users.recruiter.id, weight: 40 },
      { value: users.recruiter2.id, weight: 35 },
      { value: users.admin.id, weight: 10 },
      { value: null, weight: 15 },
    ]),
    tag_ids: tagNames.map((name) => tagIdsByName.get(name) as string),
    custom_values: isCandidate ? generateCustomValues(workAuthorization, source, availabilityDate, tagNames) : {},
    consent_status: consentStatus,
    consent_recorded_at: consentStatus === "UNKNOWN" ? null : iso(between(created, minDate(addDays(created, 30), REFERENCE_DATE))),
    created_by_id: users.admin.id,
    created_at: iso(created),
    updated_at: iso(faker.datatype.boolean(0.35) ? created : between(created, REFERENCE_DATE)),
    deleted_at: null,
    version: 1,
  };
  const otherCompanies = companies.filter((candidate) => candidate !== company);
  return {
    row,
    kind,
    family,
    level,
    client: company && kind === "CLIENT_CONTACT" ? company : faker.helpers.arrayElement(otherCompanies),
    // A few contacts attract most of the activity (a long tail); one in ten was never contacted.
    activity: faker.datatype.boolean(0.1) ? 0 : ACTIVITY_BY_KIND[kind] / (0.05 + faker.number.float()),
  };
}

/** Clients are emailed and met most often, referrers least. */
const ACTIVITY_BY_KIND: Record<ContactContext["kind"], number> = { CANDIDATE: 1, CLIENT_CONTACT: 2, REFERRER: 0.5 };

/** Jobs, most recent first, going back to the start of the career; the current job (if any) comes first. */
function generateEmployments(
  family: RoleFamily,
  yearsOfExperience: number,
  currentCompanyName: string | null,
  companies: CompanyRow[],
): ContactEmployment[] {
  const careerStart = REFERENCE_DATE.getTime() - yearsOfExperience * YEAR_MS;
  const count = clamp(1 + Math.floor(yearsOfExperience / 4) + faker.number.int({ min: -1, max: 1 }), 1, 5);
  // Someone between jobs left the last one a few weeks to eight months ago (only people with a year or more of
  // experience are generated without a job, so the gap always fits in the career).
  let cursor = currentCompanyName ? REFERENCE_DATE.getTime() : REFERENCE_DATE.getTime() - faker.number.int({ min: 20, max: 240 }) * DAY_MS;
  const employments: ContactEmployment[] = [];
  for (let index = 0; index < count; index++) {
    const remainingYears = (cursor - careerStart) / YEAR_MS;
    if (index > 0 && remainingYears < 0.5) break;
    const isCurrent = index === 0 && currentCompanyName !== null;
    const isFirstJob = index === count - 1;
    const tenureYears = isFirstJob ? remainingYears : Math.min(remainingYears, faker.number.float({ min: 0.8, max: 4.5 }));
    const start = Math.min(cursor - 30 * DAY_MS, Math.max(careerStart, cursor - tenureYears * YEAR_MS));
    const companyName = isCurrent
      ? (currentCompanyName as string)
      : faker.datatype.boolean(0.5)
        ? faker.helpers.arrayElement(companies).name
        : faker.company.name();
    employments.push({
      companyName,
      companyKey: companyName.toLowerCase(),
      // The current title fits today's seniority; earlier ones the seniority they had when they started.
      title: family.titles[isCurrent ? seniorityAt(yearsOfExperience) : seniorityAt((start - careerStart) / YEAR_MS)],
      startDate: monthStart(start),
      endDate: isCurrent ? null : monthStart(cursor),
      isCurrent,
      description: null,
    });
    cursor = start - faker.number.int({ min: 0, max: 90 }) * DAY_MS;
  }
  return employments;
}

/** 3 to 10 skills, common ones for the job more likely; the first skills are the ones used longest. */
function generateSkills(family: RoleFamily, yearsOfExperience: number): ContactSkill[] {
  const count = Math.min(family.skills.length, faker.number.int({ min: 3, max: 10 }));
  return pickSkewedDistinct(family.skills, count, 0.9).map((name, index): ContactSkill => {
    const share = index < 2 ? faker.number.float({ min: 0.6, max: 1 }) : faker.number.float({ min: 0.1, max: 0.8 });
    const years = oneDecimal(Math.max(0.1, yearsOfExperience * share));
    return {
      name,
      key: name.trim().toLowerCase(),
      level: clamp(Math.round(1 + years / 3 + faker.number.int({ min: -1, max: 1 })), 1, 5),
      years,
    };
  });
}

function generateEmails(
  kind: ContactKind,
  givenName: string,
  familyName: string,
  company: CompanyRow | null,
  taken: Set<string>,
): ContactEmail[] {
  const given = asciiSlug(givenName);
  const family = asciiSlug(familyName);
  const personalLocal = faker.helpers.arrayElement([
    `${given}.${family}`,
    `${given}${family}`,
    `${given[0]}${family}`,
    `${given}_${family}`,
    `${given}.${family}${faker.number.int({ min: 1, max: 99 })}`,
  ]);
  const personal = uniqueEmail(personalLocal, faker.helpers.arrayElement(PERSONAL_EMAIL_DOMAINS), taken);
  const work = company ? uniqueEmail(`${given}.${family}`, company.domain, taken) : null;

  const emails: Array<Omit<ContactEmail, "isPrimary">> = [];
  if (kind === "CLIENT_CONTACT" && work) {
    emails.push({ address: work, type: "WORK" });
    if (faker.datatype.boolean(0.3)) emails.push({ address: personal, type: "PERSONAL" });
  } else {
    emails.push({ address: personal, type: "PERSONAL" });
    if (work && faker.datatype.boolean(0.35)) emails.push({ address: work, type: "WORK" });
  }
  if (faker.datatype.boolean(0.05)) emails.push({ address: uniqueEmail(`${given}${family}`, "example.org", taken), type: "OTHER" });
  return emails.map((email, index) => ({ ...email, isPrimary: index === 0 }));
}

function uniqueEmail(local: string, domain: string, taken: Set<string>): string {
  let address = `${local}@${domain}`;
  for (let suffix = 2; taken.has(address); suffix++) address = `${local}${suffix}@${domain}`;
  taken.add(address);
  return address;
}

/** None, one or two numbers from the city's (or country's) range, never one another contact already has. */
function generatePhones(country: DemoCountry, city: DemoCity, taken: Set<string>): ContactPhone[] {
  const count = faker.helpers.weightedArrayElement([
    { value: 0, weight: 10 },
    { value: 1, weight: 70 },
    { value: 2, weight: 20 },
  ]);
  const phones: ContactPhone[] = [];
  for (let index = 0; index < count; index++) {
    const type =
      index === 0
        ? faker.helpers.weightedArrayElement<ContactPhone["type"]>([
            { value: "MOBILE", weight: 80 },
            { value: "WORK", weight: 12 },
            { value: "HOME", weight: 8 },
          ])
        : faker.helpers.arrayElement(["WORK", "HOME"] as const);
    const range = type === "MOBILE" ? (country.mobile ?? city.landline) : (city.landline ?? country.mobile);
    const number = range ? uniquePhoneNumber(range, taken) : null;
    if (number) phones.push({ number, type, isPrimary: phones.length === 0 });
  }
  return phones;
}

/** A number of the range nobody has yet; null when twenty draws all collide (the fiction ranges are small). */
function uniquePhoneNumber(range: PhoneRange, taken: Set<string>): string | null {
  for (let attempt = 0; attempt < 20; attempt++) {
    const number = faker.helpers.arrayElement(range.prefixes) + faker.string.numeric({ length: range.digits, allowLeadingZeros: true });
    if (!taken.has(number)) {
      taken.add(number);
      return number;
    }
  }
  return null;
}

function generateLinks(family: RoleFamily, givenName: string, familyName: string): ContactLink[] {
  const given = asciiSlug(givenName);
  const family_ = asciiSlug(familyName);
  const links: ContactLink[] = [];
  if (faker.datatype.boolean(0.85)) {
    const suffix = faker.string.alphanumeric({ length: 6, casing: "lower" });
    links.push({ kind: "LINKEDIN", url: `https://linkedin.com/in/${given}-${family_}-${suffix}` });
  }
  if (faker.datatype.boolean(family.hasGithub ? 0.45 : 0.03)) {
    const handle = faker.helpers.arrayElement([
      `${given}${family_}`,
      `${given[0]}${family_}`,
      `${given}-${family_}`,
      `${given}${faker.number.int({ min: 1, max: 999 })}`,
    ]);
    links.push({ kind: "GITHUB", url: `https://github.com/${handle}` });
  }
  return links;
}

/** None, a bachelor's, or a bachelor's and a master's (listed first), finishing around when the career began. */
function generateEducations(family: RoleFamily, country: DemoCountry, yearsOfExperience: number): ContactEducation[] {
  const count = faker.helpers.weightedArrayElement([
    { value: 0, weight: 15 },
    { value: 1, weight: 60 },
    { value: 2, weight: 25 },
  ]);
  if (count === 0) return [];
  const referenceYear = REFERENCE_DATE.getUTCFullYear();
  // Most studied at home; some abroad, mostly in the US or the UK.
  const university = () => {
    const studiedAt = faker.datatype.boolean(0.85) ? country : faker.helpers.arrayElement(DEMO_COUNTRIES.slice(0, 2));
    return faker.helpers.arrayElement(studiedAt.universities);
  };
  const fieldOfStudy = faker.helpers.arrayElement(family.fieldsOfStudy);
  const bachelorEnd = Math.min(referenceYear, referenceYear - Math.floor(yearsOfExperience) + faker.number.int({ min: -1, max: 0 }));
  const bachelor: ContactEducation = {
    institution: university(),
    degree: faker.helpers.arrayElement(family.degrees.bachelor),
    fieldOfStudy,
    startYear: bachelorEnd - faker.helpers.arrayElement([3, 4]),
    endYear: bachelorEnd,
  };
  // A master's needs a bachelor's finished at least a year before the reference date.
  if (count === 1 || bachelorEnd >= referenceYear - 1) return [bachelor];
  const masterStart = Math.min(referenceYear - 1, bachelorEnd + faker.number.int({ min: 0, max: 4 }));
  const master: ContactEducation = {
    institution: university(),
    degree: faker.helpers.arrayElement(family.degrees.master),
    fieldOfStudy: faker.datatype.boolean(0.7) ? fieldOfStudy : faker.helpers.arrayElement(family.fieldsOfStudy),
    startYear: masterStart,
    endYear: Math.min(referenceYear, masterStart + faker.helpers.arrayElement([1, 2])),
  };
  return [master, bachelor];
}

/** An annual range in the local currency, scaled by job and seniority and rounded as people write salaries. */
function generateCompensation(country: DemoCountry, family: RoleFamily, level: number): DesiredCompensation {
  const target = country.baseSalary * family.salaryFactor * SENIORITY_SALARY_FACTORS[level] * faker.number.float({ min: 0.9, max: 1.1 });
  const round = (amount: number) => Math.round(amount / country.salaryStep) * country.salaryStep;
  const shape = faker.helpers.weightedArrayElement([
    { value: "range" as const, weight: 70 },
    { value: "minOnly" as const, weight: 20 },
    { value: "maxOnly" as const, weight: 10 },
  ]);
  return {
    minAmount: shape === "maxOnly" ? null : round(target),
    maxAmount: shape === "minOnly" ? null : round(target * faker.number.float({ min: 1.1, max: 1.3 })),
    currency: country.currency,
    period: "YEAR",
  };
}

/**
 * Up to three tags that make sense for the contact (Campus for early careers, Leadership for seniors), plus
 * "Do not contact" whenever consent was denied or withdrawn, as a recruiter would mark them.
 */
function chooseTags(kind: ContactKind, yearsOfExperience: number, level: number, consentStatus: ConsentStatus): string[] {
  const fits = (name: string) =>
    (name !== "Campus" || yearsOfExperience < 2) &&
    (name !== "Leadership" || level >= 3) &&
    (name !== "Returner" || yearsOfExperience >= 3);
  const choices = DEMO_TAGS.filter((tag) => tag.weight > 0 && fits(tag.name));
  const count =
    kind === "CANDIDATE"
      ? faker.helpers.weightedArrayElement([
          { value: 0, weight: 45 },
          { value: 1, weight: 30 },
          { value: 2, weight: 18 },
          { value: 3, weight: 7 },
        ])
      : faker.helpers.weightedArrayElement([
          { value: 0, weight: 80 },
          { value: 1, weight: 20 },
        ]);
  const names = weightedDistinct(choices, count).map((tag) => tag.name);
  if (consentStatus === "DENIED" || consentStatus === "WITHDRAWN") return ["Do not contact", ...names.slice(0, 2)];
  return names;
}

/** Values for the default contact fields, agreeing with the contact's other columns; each key only sometimes set. */
function generateCustomValues(
  workAuthorization: string | null,
  source: string,
  availabilityDate: string | null,
  tagNames: string[],
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (faker.datatype.boolean(0.6)) {
    values.visa_sponsorship_required =
      workAuthorization === "Needs sponsorship" || (workAuthorization === "Work visa" && faker.datatype.boolean(0.5));
  }
  if (availabilityDate && faker.datatype.boolean(0.7)) {
    values.desired_start_date = availabilityDate;
  } else if (faker.datatype.boolean(0.3)) {
    values.desired_start_date = isoDay(addDays(REFERENCE_DATE, faker.number.int({ min: 14, max: 150 })));
  }
  if (faker.datatype.boolean(0.5)) {
    values.referral_source = faker.datatype.boolean(0.9) ? (REFERRAL_SOURCE_BY_SOURCE[source] ?? "other") : "other";
  }
  if (faker.datatype.boolean(0.25)) values.psychometric_test_scores = faker.number.int({ min: 35, max: 98 });
  if (faker.datatype.boolean(0.55)) {
    const daysUntilAvailable = availabilityDate ? (Date.parse(availabilityDate) - REFERENCE_DATE.getTime()) / DAY_MS : null;
    values.candidate_availability = tagNames.includes("Passive")
      ? "not_looking"
      : daysUntilAvailable === null
        ? faker.helpers.arrayElement(CANDIDATE_AVAILABILITY_OPTIONS)
        : daysUntilAvailable < 7
          ? "immediately"
          : daysUntilAvailable < 21
            ? "two_weeks"
            : daysUntilAvailable < 45
              ? "one_month"
              : "three_months";
  }
  return values;
}

function generateInteractions(workspaceId: string, users: DemoUsers, contacts: ContactContext[]): InteractionRow[] {
  // Cumulative activity weights: a binary search per interaction instead of a scan over every contact.
  const cumulative: number[] = [];
  let total = 0;
  for (const contact of contacts) cumulative.push((total += contact.activity));
  const authors = [
    { value: users.recruiter, weight: 45 },
    { value: users.recruiter2, weight: 40 },
    { value: users.admin, weight: 15 },
  ];
  const authorsById = new Map([users.recruiter, users.recruiter2, users.admin].map((user) => [user.id, user]));

  const interactions = Array.from({ length: DEMO_COUNTS.interactions }, (): InteractionRow => {
    const contact = contacts[lowerBound(cumulative, faker.number.float({ min: 0, max: total }))];
    const channel = faker.helpers.weightedArrayElement(CHANNEL_WEIGHTS[contact.kind]);
    const direction = directionOf(channel);
    const template = faker.helpers.arrayElement(templatesFor(contact.kind, channel, direction));
    // Mostly the contact's owner writes it up; anyone on the team may.
    const owner = contact.row.owner_id ? authorsById.get(contact.row.owner_id) : undefined;
    const author = owner && faker.datatype.boolean(0.7) ? owner : faker.helpers.weightedArrayElement(authors);
    const occurredAt = iso(between(new Date(Date.parse(contact.row.created_at) + 60_000), REFERENCE_DATE));
    return {
      workspace_id: workspaceId,
      id: "",
      contact_id: contact.row.id,
      channel,
      direction,
      subject: template.subject === null ? null : fillTemplate(template.subject, contact, author.name),
      body: fillTemplate(template.body, contact, author.name),
      occurred_at: occurredAt,
      duration_minutes: durationOf(channel),
      author_id: author.id,
      participants: participantsOf(channel, contact, users),
      created_at: occurredAt,
    };
  });
  return withIdsInCreationOrder(interactions, (interaction) => interaction);
}

function directionOf(channel: InteractionChannel): InteractionDirection {
  const outboundShare: Record<InteractionChannel, number> = { EMAIL: 0.6, MESSAGE: 0.55, CALL: 0.7, MEETING: 0.75, INTERVIEW: 1, NOTE: 0 };
  if (channel === "NOTE") return "INTERNAL";
  return faker.datatype.boolean(outboundShare[channel]) ? "OUTBOUND" : "INBOUND";
}

function templatesFor(
  kind: ContactContext["kind"],
  channel: InteractionChannel,
  direction: InteractionDirection,
): readonly InteractionTemplate[] {
  const byKind = { CANDIDATE: CANDIDATE_TEMPLATES, CLIENT_CONTACT: CLIENT_TEMPLATES, REFERRER: REFERRER_TEMPLATES }[kind];
  const templates = byKind[`${channel}:${direction}`];
  // CHANNEL_WEIGHTS and the template tables are written together; a gap is a bug in demo-data.ts.
  if (!templates?.length) throw new Error(`demo data has no ${kind} template for ${channel}:${direction}`);
  return templates;
}

function fillTemplate(template: string, contact: ContactContext, authorName: string): string {
  const { row, family, level } = contact;
  const latest = row.employments[0];
  const values: Record<string, string> = {
    first: row.given_name,
    title: row.current_title ?? latest.title ?? family.titles[level],
    company: row.current_company_name ?? latest.companyName,
    // The role on offer: the contact's level or one step up.
    role: family.titles[Math.min(4, level + faker.number.int({ min: 0, max: 1 }))],
    client: contact.client.name,
    skill: row.skills[0].name,
    skill2: row.skills[1]?.name ?? row.skills[0].name,
    day: faker.helpers.arrayElement(WEEKDAYS),
    notice: faker.helpers.arrayElement(NOTICE_PERIODS),
    motivation: faker.helpers.arrayElement(MOTIVATIONS),
    topic: faker.helpers.arrayElement(INTERVIEW_TOPICS),
    recruiter: authorName.split(" ")[0],
  };
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

function durationOf(channel: InteractionChannel): number | null {
  switch (channel) {
    case "CALL":
      return faker.helpers.weightedArrayElement([
        { value: 5, weight: 10 },
        { value: 10, weight: 15 },
        { value: 15, weight: 25 },
        { value: 20, weight: 20 },
        { value: 30, weight: 25 },
        { value: 45, weight: 5 },
      ]);
    case "MEETING":
      return faker.helpers.arrayElement([30, 45, 60]);
    case "INTERVIEW":
      return faker.helpers.arrayElement([45, 60, 60, 90]);
    default:
      return null;
  }
}

/** Interviews and meetings often have one more person in the room: the hiring manager or an interviewer. */
function participantsOf(channel: InteractionChannel, contact: ContactContext, users: DemoUsers): InteractionRow["participants"] {
  if (channel !== "INTERVIEW" && channel !== "MEETING") return [];
  if (!faker.datatype.boolean(channel === "INTERVIEW" ? 0.7 : 0.5)) return [];
  if (faker.datatype.boolean(0.5)) return [{ name: users.hiringManager.name, email: users.hiringManager.email }];
  const given = faker.person.firstName();
  const family = faker.person.lastName();
  return [{ name: `${given} ${family}`, email: `${asciiSlug(given)}.${asciiSlug(family)}@${contact.client.domain}` }];
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

/**
 * Gives rows UUID v7 ids in the order of their created_at, so id order and creation order agree as they do for
 * rows the product creates (keyset pagination sorts by both). The sort is stable, so ties keep generation order.
 */
function withIdsInCreationOrder<T>(items: T[], rowOf: (item: T) => { id: string; created_at: string }): T[] {
  const ordered = [...items].sort((a, b) => rowOf(a).created_at.localeCompare(rowOf(b).created_at));
  for (const item of ordered) rowOf(item).id = newId();
  return ordered;
}

/** A creation date in the demo's history, more often recent: a workspace fills up faster as the team grows. */
function recentlySkewedDate(): Date {
  const span = REFERENCE_DATE.getTime() - DAY_MS - HISTORY_START.getTime();
  return new Date(HISTORY_START.getTime() + Math.round(span * Math.sqrt(faker.number.float())));
}

/** The seniority (0 junior to 4 principal) that `years` of experience usually brings. */
function seniorityAt(years: number): number {
  let level = 0;
  SENIORITY_THRESHOLDS.forEach((threshold, index) => {
    if (years >= threshold) level = index;
  });
  return level;
}

/** One item, earlier items more likely (weight 1/(i+1)^skew). */
function pickSkewed<T>(items: readonly T[], skew: number): T {
  return faker.helpers.weightedArrayElement(items.map((value, index) => ({ value, weight: 1 / (index + 1) ** skew })));
}

/** `count` distinct items, earlier items more likely, in the order drawn. */
function pickSkewedDistinct<T>(items: readonly T[], count: number, skew: number): T[] {
  return weightedDistinct(
    items.map((value, index) => ({ value, weight: 1 / (index + 1) ** skew })),
    count,
  ).map((item) => item.value);
}

/** `count` distinct entries drawn by weight without replacement. */
function weightedDistinct<T extends { weight: number }>(items: readonly T[], count: number): T[] {
  const remaining = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && remaining.length > 0) {
    const index = faker.helpers.weightedArrayElement(remaining.map((item, position) => ({ value: position, weight: item.weight })));
    chosen.push(remaining[index]);
    remaining.splice(index, 1);
  }
  return chosen;
}

/** The first index whose cumulative weight exceeds `target`. */
function lowerBound(cumulative: readonly number[], target: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cumulative[middle] > target) high = middle;
    else low = middle + 1;
  }
  return low;
}

function between(from: Date, to: Date): Date {
  return new Date(faker.number.int({ min: from.getTime(), max: Math.max(from.getTime(), to.getTime()) }));
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

function iso(date: Date): string {
  return date.toISOString();
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first day of the month of a timestamp, as employment dates are usually known. */
function monthStart(time: number): string {
  return `${new Date(time).toISOString().slice(0, 7)}-01`;
}

function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Strips accents so names can become email addresses and URL slugs ("Zoë" becomes "zoe"). */
function asciiFold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

function asciiSlug(text: string): string {
  return asciiFold(text).toLowerCase().replace(/[^a-z0-9]+/g, "") || "contact";
}
