import type { FilterLookups } from "./describe-filter";
import type { FilterCondition, FilterGroup } from "./filter-state";

/** The records a filter names by id: jobs (with a stage of theirs) and segments. */
export interface FilterReferences {
  jobIds: string[];
  segmentIds: string[];
}

/** Every job and segment id a filter names, at any depth, each once, in the order they appear. */
export function referencedRecords(state: FilterGroup): FilterReferences {
  const jobIds = new Set<string>();
  const segmentIds = new Set<string>();
  const visit = (condition: FilterCondition) => {
    if (condition.kind === "group") condition.conditions.forEach(visit);
    else if (condition.kind === "stage" && condition.jobId) jobIds.add(condition.jobId);
    else if (condition.kind === "segment") condition.segmentIds.forEach((id) => segmentIds.add(id));
  };
  state.conditions.forEach(visit);
  return { jobIds: [...jobIds], segmentIds: [...segmentIds] };
}

/** The ids of `references` that `lookups` cannot name. */
export function missingReferences(references: FilterReferences, lookups: FilterLookups): string[] {
  return [...references.jobIds.filter((id) => !lookups.jobs.has(id)), ...references.segmentIds.filter((id) => !lookups.segments.has(id))];
}

/** A record read by id to name it: a job with its stages, or a segment. */
export type ReferencedRecord = { kind: "job"; id: string; title: string; stages: ReadonlyArray<{ id: string; name: string }> } | { kind: "segment"; id: string; name: string };

/** `lookups` with `records` added (the page's own lookups win where both name a record). */
export function withReferencedRecords(lookups: FilterLookups, records: readonly ReferencedRecord[]): FilterLookups {
  if (records.length === 0) return lookups;
  const jobs = new Map(lookups.jobs);
  const segments = new Map(lookups.segments);
  for (const record of records) {
    if (record.kind === "job" && !jobs.has(record.id)) jobs.set(record.id, { title: record.title, stages: new Map(record.stages.map((stage) => [stage.id, stage.name])) });
    if (record.kind === "segment" && !segments.has(record.id)) segments.set(record.id, record.name);
  }
  return { ...lookups, jobs, segments };
}
