import type { KeysetOrdering } from "../../common/pagination/keyset";
import type { SqlParameters } from "../../common/sql";
import type { Viewer } from "../../graphql/context";

/** A contact's tags (alias `c`), folded into its row by a correlated subquery. */
const CONTACT_TAGS_COLUMN = `(SELECT coalesce(jsonb_agg(jsonb_build_object('id', t.id, 'name', t.name, 'color', t.color) ORDER BY lower(t.name)), '[]'::jsonb)
     FROM tag t WHERE t.workspace_id = c.workspace_id AND t.id = ANY(c.tag_ids)) AS tags`;

/**
 * The columns the API reads of a contact (alias `c`), with its tags folded in by a correlated subquery so a page
 * of contacts and their tags is one statement.
 */
export const CONTACT_COLUMNS = `c.id, c.kind, c.given_name, c.family_name, c.display_name, c.emails, c.phones, c.links,
  c.city, c.region, c.country, c.headline, c.current_title, c.current_company_name, c.company_id, c.skills,
  c.employments, c.educations, c.years_of_experience, c.availability_date, c.work_authorization,
  c.willing_to_relocate, c.desired_compensation, c.source, c.owner_id, c.custom_values, c.consent_status,
  c.consent_recorded_at, c.created_at, c.updated_at, c.deleted_at, c.version, ${CONTACT_TAGS_COLUMN}`;

/**
 * The columns a board card shows of its contact (see toCardContactType): a card row without the contact's
 * emails, employments, educations and the rest, which a card never shows and which made up most of the row.
 */
export const CARD_CONTACT_COLUMNS = `c.id, c.display_name, c.headline, c.current_title, c.current_company_name, c.owner_id, ${CONTACT_TAGS_COLUMN}`;

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
