import type { KeysetOrdering } from "../../common/pagination/keyset";
import type { SqlParameters } from "../../common/sql";
import type { Viewer } from "../../graphql/context";
import type { ContactRow } from "./contact.mapper";

/** Each column of a contact row (ContactRow) and the SQL that reads it (alias `c`). */
const CONTACT_COLUMN_SQL = {
  id: "c.id",
  kind: "c.kind",
  given_name: "c.given_name",
  family_name: "c.family_name",
  display_name: "c.display_name",
  emails: "c.emails",
  phones: "c.phones",
  links: "c.links",
  city: "c.city",
  region: "c.region",
  country: "c.country",
  headline: "c.headline",
  current_title: "c.current_title",
  current_company_name: "c.current_company_name",
  company_id: "c.company_id",
  skills: "c.skills",
  employments: "c.employments",
  educations: "c.educations",
  years_of_experience: "c.years_of_experience",
  availability_date: "c.availability_date",
  work_authorization: "c.work_authorization",
  willing_to_relocate: "c.willing_to_relocate",
  desired_compensation: "c.desired_compensation",
  source: "c.source",
  owner_id: "c.owner_id",
  custom_values: "c.custom_values",
  consent_status: "c.consent_status",
  consent_recorded_at: "c.consent_recorded_at",
  created_at: "c.created_at",
  updated_at: "c.updated_at",
  deleted_at: "c.deleted_at",
  version: "c.version",
  // Folded in by a correlated subquery, so a page of contacts and their tags is one statement.
  tags: `(SELECT coalesce(jsonb_agg(jsonb_build_object('id', t.id, 'name', t.name, 'color', t.color) ORDER BY lower(t.name)), '[]'::jsonb)
     FROM tag t WHERE t.workspace_id = c.workspace_id AND t.id = ANY(c.tag_ids)) AS tags`,
} satisfies Record<keyof ContactRow, string>;

type ContactColumn = keyof typeof CONTACT_COLUMN_SQL;

/** Every column the API reads of a contact (alias `c`): what a contact record, or a request that may need anything, reads. */
export const CONTACT_COLUMNS = Object.values(CONTACT_COLUMN_SQL).join(", ");

/**
 * The columns each field of the Contact type is answered from (toContactType; company, owner, applications and
 * timeline resolve through loaders from the row's ids). A field that is not here, one added to the type later, say,
 * makes a request read the whole row.
 */
const CONTACT_FIELD_COLUMNS: Readonly<Record<string, readonly ContactColumn[]>> = {
  __typename: [],
  id: [],
  kind: ["kind"],
  givenName: ["given_name"],
  familyName: ["family_name"],
  displayName: ["display_name"],
  emails: ["emails"],
  primaryEmail: ["emails"],
  phones: ["phones"],
  links: ["links"],
  location: ["city", "region", "country"],
  headline: ["headline"],
  currentTitle: ["current_title"],
  currentCompanyName: ["current_company_name"],
  company: ["company_id"],
  skills: ["skills"],
  employments: ["employments"],
  educations: ["educations"],
  yearsOfExperience: ["years_of_experience"],
  availabilityDate: ["availability_date"],
  workAuthorization: ["work_authorization"],
  willingToRelocate: ["willing_to_relocate"],
  desiredCompensation: ["desired_compensation"],
  source: ["source"],
  owner: ["owner_id"],
  tags: ["tags"],
  customValues: ["custom_values"],
  consent: ["consent_status", "consent_recorded_at"],
  createdAt: ["created_at"],
  updatedAt: ["updated_at"],
  deletedAt: ["deleted_at"],
  version: ["version"],
  applications: [],
  timeline: [],
};

/** Some of a contact's columns: `select` reads them (and the id), `key` names the set. */
export interface ContactColumns {
  key: string;
  select: string;
}

/**
 * The columns that answer the given Contact fields (see selectedFieldsAt), or null when one of them needs the
 * whole row. A list or a board that shows a few fields of many contacts reads only those: a whole row is ~1.5 KB,
 * mostly employments, educations and other lists, and parsing a board's whole card rows took about a third of the
 * board request's Node CPU (FINDINGS.md, finding 4, "Columns").
 */
export function contactColumnsFor(fields: ReadonlySet<string>): ContactColumns | null {
  const columns = new Set<ContactColumn>(["id"]);
  for (const field of fields) {
    const needed = CONTACT_FIELD_COLUMNS[field];
    if (!needed) return null;
    for (const column of needed) columns.add(column);
  }
  const names = Object.keys(CONTACT_COLUMN_SQL).filter((column) => columns.has(column as ContactColumn)) as ContactColumn[];
  return { key: names.join(","), select: names.map((column) => CONTACT_COLUMN_SQL[column]).join(", ") };
}

/** The orderings the contact list offers; each is backed by an index on (workspace_id, <sort>, id). */
export type ContactOrderKey =
  | "CREATED_AT_DESC"
  | "CREATED_AT_ASC"
  | "UPDATED_AT_DESC"
  | "UPDATED_AT_ASC"
  | "NAME_ASC"
  | "NAME_DESC"
  | "YEARS_OF_EXPERIENCE_DESC"
  | "YEARS_OF_EXPERIENCE_ASC"
  | "RELEVANCE";

const ordering = (key: ContactOrderKey, expression: string, castTo: KeysetOrdering["columns"][number]["castTo"], descending: boolean): KeysetOrdering => ({
  key,
  columns: [{ expression, castTo }],
  descending,
  idExpression: "c.id",
});

/** Keyset orderings by name; RELEVANCE is built per search (its expression holds the search term). */
export const CONTACT_ORDERINGS: Record<Exclude<ContactOrderKey, "RELEVANCE">, KeysetOrdering> = {
  CREATED_AT_DESC: ordering("CREATED_AT_DESC", "c.created_at", "timestamptz", true),
  CREATED_AT_ASC: ordering("CREATED_AT_ASC", "c.created_at", "timestamptz", false),
  UPDATED_AT_DESC: ordering("UPDATED_AT_DESC", "c.updated_at", "timestamptz", true),
  UPDATED_AT_ASC: ordering("UPDATED_AT_ASC", "c.updated_at", "timestamptz", false),
  NAME_ASC: ordering("NAME_ASC", "lower(c.display_name)", "text", false),
  NAME_DESC: ordering("NAME_DESC", "lower(c.display_name)", "text", true),
  YEARS_OF_EXPERIENCE_DESC: ordering("YEARS_OF_EXPERIENCE_DESC", "coalesce(c.years_of_experience, -1)", "numeric", true),
  YEARS_OF_EXPERIENCE_ASC: ordering("YEARS_OF_EXPERIENCE_ASC", "coalesce(c.years_of_experience, -1)", "numeric", false),
};

/** Whether the viewer may see every contact of the workspace (everyone but hiring managers). */
export function seesAllContacts(viewer: Viewer): boolean {
  return viewer.role !== "HIRING_MANAGER";
}

/**
 * Which contacts a viewer may see: hiring managers only the candidates of jobs whose hiring team they are on;
 * everyone else the whole workspace.
 */
export function contactVisibility(viewer: Viewer, params: SqlParameters): string {
  if (seesAllContacts(viewer)) return "TRUE";
  return `EXISTS (SELECT 1 FROM application va JOIN job_hiring_team vt ON vt.workspace_id = va.workspace_id AND vt.job_id = va.job_id
                   WHERE va.workspace_id = c.workspace_id AND va.contact_id = c.id AND vt.user_id = ${params.add(viewer.userId)}::uuid)`;
}

/** Terms this short match names by substring only: trigram similarity on them would match nearly everyone. */
export const FUZZY_MIN_LENGTH = 5;

/**
 * The full-text and fuzzy search condition on names, emails and headline, and its relevance order. Full-text
 * matching uses the tsvector column (names unstemmed, headline and title stemmed in English); names and emails also
 * match by substring (trigram indexes), and names of terms of five or more characters by word similarity too, so
 * "lovelase" finds Lovelace. A term that is an email address (it has an @) matches emails only.
 *
 * Relevance is how close the name is to the term (trigram word distance, ascending; then id, for a total order).
 * Every match is scored: an index's nearest-first order cannot serve "distance, then id", and taking ties along
 * is slower still for common names (migration DropNameTrigramGist).
 */
export function contactSearch(termParam: string, patternParam: string, term: string): { condition: string; distance: string } {
  const distance = `(lower(c.display_name) <->> ${termParam})`;
  if (term.includes("@")) return { condition: `c.email_text LIKE ${patternParam}`, distance };
  const simple = `websearch_to_tsquery('simple', ${termParam})`;
  const english = `websearch_to_tsquery('english', ${termParam})`;
  const fuzzy = term.length >= FUZZY_MIN_LENGTH ? ` OR ${termParam} <% lower(c.display_name)` : "";
  return {
    condition: `(c.search_vector @@ ${simple} OR c.search_vector @@ ${english}
                 OR lower(c.display_name) LIKE ${patternParam} OR c.email_text LIKE ${patternParam}${fuzzy})`,
    distance,
  };
}
