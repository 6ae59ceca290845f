import { checkFilter } from "@talentlane/shared";
import type { z } from "zod";
import { badInputs, type FieldPath } from "./errors";

/**
 * Turns a GraphQL filter input into the shared AST and validates it with the shared zod schema (operators, value
 * shapes, depth and size limits). Problems are BAD_USER_INPUT with paths from the argument (`filter.skills.allOf[0]`).
 */
export function readFilter<T>(schema: z.ZodType<T>, input: unknown, path: FieldPath): T | null {
  if (input === null || input === undefined) return null;
  // GraphQL inputs arrive as class instances with unset fields; plain JSON is what the AST is.
  const plain: unknown = JSON.parse(JSON.stringify(input));
  const checked = checkFilter(schema, plain);
  if (!checked.ok) {
    throw badInputs(checked.problems.map((problem) => ({ path: [...path, ...problem.path], message: problem.message })));
  }
  return checked.filter;
}
