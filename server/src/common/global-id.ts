import { badInput, type FieldPath } from "./errors";
import { isValidUuid } from "./ids";

/**
 * Opaque global ids (Relay): base64url of `Type:uuid`. Clients must treat them as opaque strings; the type prefix
 * lets `node(id)` find any object and lets the API refuse an id of the wrong type.
 */
export function toGlobalId(typeName: string, id: string): string {
  return Buffer.from(`${typeName}:${id}`, "utf8").toString("base64url");
}

/** Decodes a global id, or returns null when it is not one. */
export function parseGlobalId(globalId: string): { typeName: string; id: string } | null {
  if (typeof globalId !== "string" || globalId.length > 200 || !/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const separator = decoded.indexOf(":");
  if (separator <= 0) return null;
  const typeName = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  if (!/^[A-Za-z]+$/.test(typeName) || !isValidUuid(id)) return null;
  return { typeName, id };
}

/**
 * Reads the id of an object of `typeName` from a global id given at `path`; a malformed id or an id of another type
 * is BAD_USER_INPUT naming that path.
 */
export function fromGlobalId(globalId: string, typeName: string, path: FieldPath): string {
  const parsed = parseGlobalId(globalId);
  if (!parsed) throw badInput(path, "is not a valid id");
  if (parsed.typeName !== typeName) throw badInput(path, `is the id of a ${parsed.typeName}, not of a ${typeName}`);
  return parsed.id;
}
