import type { ContactFilter } from "@talentlane/shared";

/**
 * The segment id when the filter is exactly "matches this one saved segment" (`{ segments: { anyOf: [id] } }`,
 * what the segment picker applies), else null.
 */
export function readSingleSegment(filter: ContactFilter | null | undefined): string | null {
  if (!filter || Object.keys(filter).length !== 1 || !filter.segments) return null;
  const { anyOf, ...others } = filter.segments;
  const hasOthers = Object.values(others).some((value) => value !== null && value !== undefined);
  return !hasOthers && anyOf && anyOf.length === 1 ? anyOf[0] : null;
}
