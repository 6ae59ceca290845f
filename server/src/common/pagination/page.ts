import { LIMITS } from "@talentlane/shared";
import { badInput } from "../errors";
import { decodeCursor, type CursorValue } from "./cursor";

/** Relay pagination arguments as the API receives them. */
export interface PaginationArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A validated page request: which way, how many, from where. */
export interface PageRequest {
  /** forward: `first`/`after`; backward: `last`/`before`. */
  direction: "forward" | "backward";
  limit: number;
  /** Sort values then id of the row to start after (forward) or before (backward). */
  cursor: CursorValue[] | null;
}

/**
 * Validates pagination arguments for an ordering. `first`/`last` default to 25 and are capped at 100;
 * negative sizes, both directions at once, and cursors that are malformed or from another ordering are
 * BAD_USER_INPUT naming the argument.
 */
export function readPageRequest(args: PaginationArgs, orderKey: string, sortValueCount: number): PageRequest {
  const { first, after, last, before } = args;
  if (first != null && last != null) throw badInput(["last"], "cannot be combined with first");
  if (after != null && before != null) throw badInput(["before"], "cannot be combined with after");
  if (first != null && first < 0) throw badInput(["first"], "must not be negative");
  if (last != null && last < 0) throw badInput(["last"], "must not be negative");
  const backward = last != null || before != null;
  if (backward && first != null) throw badInput(["first"], "cannot be combined with before");
  if (!backward && last != null) throw badInput(["last"], "cannot be combined with after");
  const requested = (backward ? last : first) ?? LIMITS.pageSizeDefault;
  const limit = Math.min(requested, LIMITS.pageSizeMax);
  const cursorArg = backward ? before : after;
  let cursor: CursorValue[] | null = null;
  if (cursorArg != null) {
    const decoded = decodeCursor(cursorArg);
    const argName = backward ? "before" : "after";
    if (!decoded) throw badInput([argName], "is not a valid cursor");
    if (decoded.orderKey !== orderKey || decoded.values.length !== sortValueCount + 1) {
      throw badInput([argName], "is a cursor from another ordering or query; start again from the first page");
    }
    cursor = decoded.values;
  }
  return { direction: backward ? "backward" : "forward", limit, cursor };
}
