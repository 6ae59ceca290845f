import type { z } from "zod";
import { LIMITS } from "../limits";

/** A problem found in a filter, with its path from the filter's root. */
export interface FilterProblem {
  path: Array<string | number>;
  message: string;
}

/** The result of checking a filter: the parsed AST, or every problem found. */
export type FilterCheck<T> = { ok: true; filter: T } | { ok: false; problems: FilterProblem[] };

/**
 * Parses an untrusted filter (a GraphQL input, a saved segment's JSON) against its schema, then checks its size:
 * nesting depth and the number of conditions, so one request cannot ask the database for an unbounded plan.
 */
export function checkFilter<T>(schema: z.ZodType<T>, input: unknown): FilterCheck<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: issue.path.map((part) => (typeof part === "symbol" ? String(part) : part)),
        message: issue.code === "unrecognized_keys" ? `unknown field ${issue.keys.join(", ")}` : issue.message,
      })),
    };
  }
  const size = measureFilter(parsed.data);
  const problems: FilterProblem[] = [];
  if (size.depth > LIMITS.filterMaxDepth) {
    problems.push({ path: [], message: `nests ${size.depth} levels deep; at most ${LIMITS.filterMaxDepth} are allowed` });
  }
  if (size.conditions > LIMITS.filterMaxConditions) {
    problems.push({ path: [], message: `has ${size.conditions} conditions; at most ${LIMITS.filterMaxConditions} are allowed` });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, filter: parsed.data };
}

/** Depth of and/or/not nesting and relation filters, and the number of leaf conditions, of a filter object. */
export function measureFilter(filter: unknown): { depth: number; conditions: number } {
  if (filter === null || typeof filter !== "object") return { depth: 0, conditions: 0 };
  let depth = 0;
  let conditions = 0;
  for (const [key, value] of Object.entries(filter as Record<string, unknown>)) {
    if (value === null || value === undefined) continue;
    if ((key === "and" || key === "or") && Array.isArray(value)) {
      for (const child of value) {
        const size = measureFilter(child);
        depth = Math.max(depth, size.depth + 1);
        conditions += size.conditions;
      }
    } else if (key === "not" || key === "company" || key === "applications" || key === "employments") {
      const size = measureFilter(value);
      depth = Math.max(depth, size.depth + 1);
      conditions += size.conditions;
    } else if (key === "customFields" && Array.isArray(value)) {
      conditions += value.length;
    } else {
      conditions += 1;
    }
  }
  return { depth, conditions };
}
