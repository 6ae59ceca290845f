import { LIMITS } from "@talentlane/shared";
import { FieldProblems } from "../../common/errors";
import { escapeLike, SqlParameters } from "../../common/sql";
import type { RequestContext } from "../../graphql/context";
import { skillKey } from "../contacts/contact-normalize";
import { contactVisibility, seesAllContacts } from "../contacts/contact.sql";
import { industriesSql, skillUsageSql, visibleSkillsSql } from "./suggestion.sql";
import { ValueSuggestionType } from "./suggestion.type";

/** The arguments every suggestion query takes. */
export interface SuggestionRequest {
  search?: string | null;
  first?: number | null;
}

interface SuggestionRow {
  value: string;
  count: number;
}

/**
 * Checks a suggestion request: `first` between 1 and LIMITS.suggestionsMax (absent: the default), `search` at most
 * LIMITS.searchMaxLength characters. Every problem is reported at once as BAD_USER_INPUT naming the argument.
 * Returns the trimmed search (null when empty) and the limit.
 */
export function readSuggestionRequest(request: SuggestionRequest): { search: string | null; limit: number } {
  const problems = new FieldProblems();
  const limit = request.first ?? LIMITS.suggestionsDefault;
  if (!Number.isInteger(limit) || limit < 1 || limit > LIMITS.suggestionsMax) problems.add(["first"], `must be between 1 and ${LIMITS.suggestionsMax}`);
  const search = request.search?.trim() ?? "";
  if (search.length > LIMITS.searchMaxLength) problems.add(["search"], `must be at most ${LIMITS.searchMaxLength} characters`);
  problems.throwIfAny();
  return { search: search === "" ? null : search, limit };
}

/** A LIKE pattern matching `text` anywhere, literally. */
function containing(text: string): string {
  return `%${escapeLike(text)}%`;
}

/**
 * The skills in use on the contacts the viewer may see, most used first, then by name; `search` narrows them to
 * skills whose name contains it (ignoring case and repeated spaces). Counts are live contacts with the skill.
 */
export async function suggestSkills(context: RequestContext, request: SuggestionRequest): Promise<ValueSuggestionType[]> {
  const viewer = context.requireViewer();
  const { search, limit } = readSuggestionRequest(request);
  const pattern = search === null ? null : containing(skillKey(search));
  const params = new SqlParameters([viewer.workspaceId]);
  const sql = seesAllContacts(viewer)
    ? skillUsageSql(params, pattern, limit)
    : visibleSkillsSql(params, contactVisibility(viewer, params), pattern, limit);
  return toSuggestions(await context.db.query(sql, params.values));
}

/**
 * The industries of the workspace's companies, used by the most companies first, then by name; `search` narrows
 * them to industries containing it (ignoring case). Counts are live companies.
 */
export async function suggestIndustries(context: RequestContext, request: SuggestionRequest): Promise<ValueSuggestionType[]> {
  const viewer = context.requireViewer();
  const { search, limit } = readSuggestionRequest(request);
  const pattern = search === null ? null : containing(search.toLowerCase());
  const params = new SqlParameters([viewer.workspaceId]);
  return toSuggestions(await context.db.query(industriesSql(params, pattern, limit), params.values));
}

function toSuggestions(rows: SuggestionRow[]): ValueSuggestionType[] {
  return rows.map((row) => Object.assign(new ValueSuggestionType(), { value: row.value, count: row.count }));
}
