/**
 * Keyset cursors: base64url of `[orderKey, ...sortValues, id]`. The order key makes a cursor from one ordering
 * useless in another (it is refused as stale rather than silently skipping rows).
 */
export type CursorValue = string | number | null;

export interface DecodedCursor {
  orderKey: string;
  /** The row's sort values, then its id, last. */
  values: CursorValue[];
}

/** Encodes a row's position in an ordering. */
export function encodeCursor(orderKey: string, values: CursorValue[]): string {
  return Buffer.from(JSON.stringify([orderKey, ...values]), "utf8").toString("base64url");
}

/** Decodes a cursor, or returns null when it is malformed. */
export function decodeCursor(cursor: string): DecodedCursor | null {
  if (typeof cursor !== "string" || cursor.length === 0 || cursor.length > 2_000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) {
    return null;
  }
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length < 2 || typeof parsed[0] !== "string") return null;
    const values = parsed.slice(1);
    if (!values.every((value) => value === null || typeof value === "string" || typeof value === "number")) return null;
    return { orderKey: parsed[0], values: values as CursorValue[] };
  } catch {
    return null;
  }
}
