import { faker } from "@faker-js/faker";
import { spreadRanks, type ApplicationStatus, type RejectCategory } from "@talentlane/shared";
import { newId } from "../../common/ids";
import {
  ADVANCE_REASONS,
  APPLICATION_SOURCES,
  CLOSING_REJECTION,
  FUNNEL_WEIGHTS,
  POOR_FIT_FUNNEL_WEIGHTS,
  REJECT_NOTES,
  REJECT_WEIGHTS,
  STAGE_DWELL_DAYS,
  type DemoJobSpec,
  type StageOutcomeWeights,
} from "./demo-ats-data";
import type { ApplicationRow, StageRow, StageTransitionRow } from "./demo-ats-tables";
import type { ContactContext } from "./demo-contacts";
import type { DemoJob } from "./demo-jobs";
import { betweenMs, compareIso, DAY_MS, iso, REFERENCE_DATE } from "./demo-random";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** Candidates are added to a job at least this long after their contact was created and before work on it stopped. */
const MIN_WINDOW_MS = 30 * DAY_MS;
/** Share of active cards in a stage with an SLA that have outstayed it (at the reference date). */
const SLA_BREACH_SHARE = 0.3;

/** A generated application with the facts the pool generator needs. */
export interface DemoApplication {
  row: ApplicationRow;
  contact: ContactContext;
  job: DemoJob;
  /** The last stage it was active in: for a rejected or hired application, the stage it left last. */
  lastActiveStage: StageRow;
  /** The recruiter who handled it. */
  recruiterId: string;
}

export interface DemoApplicationRows {
  applications: DemoApplication[];
  transitions: StageTransitionRow[];
}

/** A stage the application entered: its history row before ids are known. */
interface Move {
  stage: StageRow;
  at: number;
  byId: string;
  reason: string | null;
}

interface Draft extends Omit<DemoApplication, "row"> {
  source: string;
  status: ApplicationStatus;
  moves: Move[];
  closedAt: number | null;
  rejection: { category: RejectCategory; note: string | null } | null;
  createdById: string | null;
  creditedToId: string | null;
}

type Outcome = { status: "ACTIVE" | "REJECTED" | "WITHDRAWN" | "HIRED"; stage: StageRow };

/**
 * Applications for every job (its `applications` count, each contact at most once per job, so never two open
 * applications of one contact on one job), from candidates whose role, seniority and country fit the job best.
 * Each walks the job's pipeline like a real funnel: most stop early, a few reach an offer, the job's `hires` are
 * hired. Its stage history starts with "Added to the job" at `applied_at` and has one row per stage entered, at
 * increasing times no later than the reference date; the last one is its stage and `stage_entered_at`. Cards of a
 * column are ranked by when they entered it. Ids follow creation order.
 */
export function generateApplications(workspaceId: string, jobs: DemoJob[], contacts: ContactContext[]): DemoApplicationRows {
  const candidates = contacts.filter((contact) => contact.kind === "CANDIDATE");
  const drafts: Draft[] = [];
  for (const job of jobs) {
    if (job.spec.applications === 0) continue;
    const applicants = chooseApplicants(job, candidates);
    const hires = new Set(applicants.filter((contact) => isGoodFit(job.spec, contact)).slice(0, job.spec.hires));
    if (hires.size < job.spec.hires) throw new Error(`demo job "${job.spec.title}": too few fitting applicants to hire ${job.spec.hires}`);
    const jobDrafts = applicants.map((contact) => planApplication(job, contact, hires.has(contact)));
    if (job.spec.status === "FILLED") endWithLastHire(job, jobDrafts);
    jobDrafts.forEach(assertHistory);
    drafts.push(...jobDrafts);
  }

  const rows = drafts.map((draft) => ({ draft, row: toApplicationRow(workspaceId, draft) }));
  rows.sort((a, b) => compareIso(a.row.created_at, b.row.created_at));
  for (const entry of rows) entry.row.id = newId();
  rankColumns(rows.map((entry) => entry.row));

  const transitions = rows.flatMap(({ draft, row }) =>
    draft.moves.map(
      (move, index): StageTransitionRow => ({
        workspace_id: workspaceId,
        id: "",
        application_id: row.id,
        job_id: row.job_id,
        from_stage_id: index === 0 ? null : draft.moves[index - 1].stage.id,
        to_stage_id: move.stage.id,
        transitioned_at: iso(new Date(move.at)),
        by_id: move.byId,
        reason: move.reason,
      }),
    ),
  );
  transitions.sort((a, b) => compareIso(a.transitioned_at, b.transitioned_at));
  for (const transition of transitions) transition.id = newId();

  return {
    applications: rows.map(({ draft, row }) => ({ row, contact: draft.contact, job: draft.job, lastActiveStage: draft.lastActiveStage, recruiterId: draft.recruiterId })),
    transitions,
  };
}

/**
 * The job's applicants, best fit first: a weighted draw without replacement (each candidate's key is u^(1/weight)),
 * so good fits dominate but every job also gets some long shots, as real postings do.
 */
function chooseApplicants(job: DemoJob, candidates: ContactContext[]): ContactContext[] {
  const latestCreation = job.activityEndsAt - MIN_WINDOW_MS;
  const keyed = candidates.flatMap((contact) => {
    const draw = faker.number.float({ min: Number.EPSILON, max: 1 });
    const weight = Date.parse(contact.row.created_at) < latestCreation ? fitWeight(job.spec, contact) : 0;
    return weight > 0 ? [{ contact, key: Math.log(draw) / weight }] : [];
  });
  if (keyed.length < job.spec.applications) throw new Error(`demo job "${job.spec.title}": only ${keyed.length} possible applicants`);
  keyed.sort((a, b) => b.key - a.key);
  return keyed.slice(0, job.spec.applications).map((entry) => entry.contact);
}

/** How much less likely a candidate is to apply per level of seniority between them and the job. */
const LEVEL_FIT = [1, 0.6, 0.25, 0.1, 0.05];

/**
 * How likely a candidate is to apply or be sourced: people in the job's role families, at its seniority and in its
 * country most; people who asked not to be contacted rarely.
 */
function fitWeight(spec: DemoJobSpec, contact: ContactContext): number {
  const family = spec.families[contact.family.key] ?? 0.3;
  const level = LEVEL_FIT[Math.abs(contact.level - spec.level)];
  const place = contact.row.country === spec.country ? 1 : spec.isRemote ? 0.5 : 0.3;
  const consent = contact.row.consent_status === "DENIED" || contact.row.consent_status === "WITHDRAWN" ? 0.1 : 1;
  return family * level * place * consent;
}

function isGoodFit(spec: DemoJobSpec, contact: ContactContext): boolean {
  return contact.family.key in spec.families;
}

/** One application's source, path through the pipeline, outcome and timeline. */
function planApplication(job: DemoJob, contact: ContactContext, isHire: boolean): Draft {
  const source = faker.helpers.weightedArrayElement(APPLICATION_SOURCES);
  const isSourced = source === "Sourced" || (source === "LinkedIn" && faker.datatype.boolean(0.5));
  const entry = stageNamed(job, isSourced ? "Sourced" : "Applied");
  // Sourced candidates go straight to the phone screen; applicants never pass through Sourced.
  const reachable = job.stages.filter(
    (stage) => stage.position >= entry.position && stage.category !== "HIRED" && stage.category !== "REJECTED" && !(isSourced && stage.name === "Applied"),
  );
  const outcome: Outcome = isHire
    ? { status: "HIRED", stage: reachable.find((stage) => stage.category === "OFFER")! }
    : drawOutcome(reachable, isGoodFit(job.spec, contact) ? FUNNEL_WEIGHTS : POOR_FIT_FUNNEL_WEIGHTS);
  const path = reachable.filter((stage) => stage.position <= outcome.stage.position);
  const recruiterId = faker.helpers.arrayElement(job.recruiterIds);
  const times = planTimes(job, contact, path, outcome.status);
  const byId = () => (faker.datatype.boolean(0.85) ? recruiterId : faker.helpers.arrayElement(job.recruiterIds));

  const moves: Move[] = path.map((stage, index) => ({
    stage,
    at: times.entered[index],
    byId: byId(),
    reason: index === 0 ? "Added to the job" : advanceReason(stage),
  }));
  let status = outcome.status;
  let rejection: Draft["rejection"] = null;
  let closedAt: number | null = times.finishedAt;
  if (status === "ACTIVE" && (job.spec.status === "FILLED" || job.spec.status === "CLOSED")) {
    // Still in process when the job stopped hiring: told so within a few days.
    status = "REJECTED";
    rejection = CLOSING_REJECTION[job.spec.status];
    closedAt = job.activityEndsAt + betweenMs(HOUR_MS, Math.min(4 * DAY_MS, REFERENCE_DATE.getTime() - job.activityEndsAt));
  } else if (status === "REJECTED") {
    rejection = drawRejection(outcome.stage);
  }
  if (status === "REJECTED") moves.push({ stage: stageOfCategory(job, "REJECTED"), at: closedAt!, byId: byId(), reason: rejectionReason(rejection!) });
  if (status === "HIRED") moves.push({ stage: stageOfCategory(job, "HIRED"), at: closedAt!, byId: byId(), reason: advanceReason(stageOfCategory(job, "HIRED")) });

  const isInbound = source === "Career site" || source === "Job board";
  const isRecruiterFind = source === "Sourced" || source === "LinkedIn" || source === "Referral";
  return {
    contact,
    job,
    source,
    recruiterId,
    status,
    moves,
    closedAt,
    rejection,
    lastActiveStage: outcome.stage,
    createdById: isInbound ? null : recruiterId,
    creditedToId: faker.datatype.boolean(isRecruiterFind ? 0.5 : 0.1) ? recruiterId : null,
  };
}

function drawOutcome(reachable: StageRow[], weights: Readonly<Record<string, StageOutcomeWeights>>): Outcome {
  const options = reachable.flatMap((stage) => {
    const stageWeights = weights[stage.name];
    if (!stageWeights) return [];
    return (["active", "rejected", "withdrawn"] as const).map((key) => ({
      value: { status: key.toUpperCase() as Outcome["status"], stage },
      weight: stageWeights[key],
    }));
  });
  return faker.helpers.weightedArrayElement(options.filter((option) => option.weight > 0));
}

/**
 * When the application entered each stage of its path and when it finished (rejected, withdrew or was hired;
 * null while active), inside the job's window: after it opened and after the contact was created, before work on
 * it stopped. Active cards are placed backwards from the end by how long they have been in their stage, so some
 * outstay the stage's SLA and most do not; finished ones forwards from a random start. Paths too long for the
 * window are compressed.
 */
function planTimes(job: DemoJob, contact: ContactContext, path: StageRow[], status: Outcome["status"]): { entered: number[]; finishedAt: number | null } {
  const lower = Math.max(job.openedAt, Date.parse(contact.row.created_at)) + HOUR_MS;
  const end = job.activityEndsAt;
  const dwell = path.map((stage) => dwellMs(stage));
  if (status === "WITHDRAWN") dwell[dwell.length - 1] *= faker.number.float({ min: 0.2, max: 1 });
  let start: number;
  if (status === "ACTIVE") {
    let age = ageInStageMs(path[path.length - 1]);
    if (end - age - lower < HOUR_MS * path.length) age = (end - lower) * faker.number.float({ min: 0.05, max: 0.3 });
    dwell[dwell.length - 1] = age;
    const entered = end - age;
    fitInto(dwell, (entered - lower) * faker.number.float({ min: 0.5, max: 0.95 }), dwell.length - 1);
    start = entered - sum(dwell.slice(0, -1));
  } else {
    fitInto(dwell, (end - lower) * faker.number.float({ min: 0.5, max: 0.9 }));
    start = betweenMs(lower, end - sum(dwell));
  }
  const entered: number[] = [];
  let at = Math.round(start);
  for (const [index, span] of dwell.entries()) {
    entered.push(at);
    at = index === dwell.length - 1 && status === "ACTIVE" ? at : Math.max(at + MINUTE_MS, Math.round(at + span));
  }
  return { entered, finishedAt: status === "ACTIVE" ? null : Math.min(at, end) };
}

/** Scales the first `count` spans down proportionally when they add up to more than `room`. */
function fitInto(spans: number[], room: number, count = spans.length): void {
  const total = sum(spans.slice(0, count));
  if (total <= room || total === 0) return;
  for (let index = 0; index < count; index++) spans[index] *= room / total;
}

/** How long a candidate stays in a stage before it is decided: short stays likelier. */
function dwellMs(stage: StageRow): number {
  const [min, max] = STAGE_DWELL_DAYS[stage.name] ?? [2, 10];
  return (min + (max - min) * faker.number.float() ** 2) * DAY_MS;
}

/** How long an active card has sat in its stage at the end of the job's window. */
function ageInStageMs(stage: StageRow): number {
  if (stage.sla_days === null) return (0.05 + 35 * faker.number.float() ** 1.6) * DAY_MS;
  const sla = stage.sla_days;
  // Whole days are compared with the SLA: one full day past it is a breach, anything up to it is not.
  const days = faker.datatype.boolean(SLA_BREACH_SHARE) ? faker.number.float({ min: sla + 1, max: 3 * sla + 4 }) : faker.number.float({ min: 0.05, max: sla });
  return days * DAY_MS;
}

function drawRejection(stage: StageRow): { category: RejectCategory; note: string | null } {
  const weights = REJECT_WEIGHTS[stage.name] ?? REJECT_WEIGHTS[stage.category];
  const category = faker.helpers.weightedArrayElement(weights);
  const hasNote = category === "OTHER" || faker.datatype.boolean(0.35);
  return { category, note: hasNote ? faker.helpers.arrayElement(REJECT_NOTES[category]) : null };
}

/** The transition reason the product writes for a rejection: the category, and the note when there is one. */
function rejectionReason(rejection: { category: RejectCategory; note: string | null }): string {
  return [rejection.category, rejection.note].filter(Boolean).join(": ");
}

function advanceReason(stage: StageRow): string | null {
  const reasons = ADVANCE_REASONS[stage.category];
  return reasons && faker.datatype.boolean(0.35) ? faker.helpers.arrayElement(reasons) : null;
}

/**
 * A FILLED job closed when its last opening was filled: the latest hire is moved (with its whole history) to
 * end exactly at the job's `closed_at`.
 */
function endWithLastHire(job: DemoJob, drafts: Draft[]): void {
  const hires = drafts.filter((draft) => draft.status === "HIRED");
  const last = hires.reduce((latest, draft) => (draft.closedAt! > latest.closedAt! ? draft : latest));
  const shift = job.activityEndsAt - last.closedAt!;
  for (const move of last.moves) move.at += shift;
  last.closedAt = job.activityEndsAt;
}

/** The history rules the schema cannot check, checked on every application so a bad tweak to the data fails loudly. */
function assertHistory(draft: Draft): void {
  const times = draft.moves.map((move) => move.at);
  const last = times[times.length - 1];
  const isOrdered = times.every((time, index) => index === 0 || time > times[index - 1]);
  const isInWindow = times[0] > Math.max(draft.job.openedAt, Date.parse(draft.contact.row.created_at)) && last <= REFERENCE_DATE.getTime();
  const isClosedAfter = draft.closedAt === null ? draft.status === "ACTIVE" : draft.closedAt >= last && draft.closedAt <= REFERENCE_DATE.getTime();
  const broken = [!isOrdered && "stages out of order", !isInWindow && "outside the job's window", !isClosedAfter && "closed before its last move"];
  if (broken.some(Boolean)) {
    const moves = draft.moves.map((move) => `${move.stage.name} ${iso(new Date(move.at))}`).join(", ");
    throw new Error(`demo application of ${draft.contact.row.display_name} on "${draft.job.spec.title}": ${broken.filter(Boolean).join(", ")} (${moves})`);
  }
}

function toApplicationRow(workspaceId: string, draft: Draft): ApplicationRow {
  const first = draft.moves[0];
  const last = draft.moves[draft.moves.length - 1];
  return {
    workspace_id: workspaceId,
    id: "",
    contact_id: draft.contact.row.id,
    job_id: draft.job.row.id,
    stage_id: last.stage.id,
    rank: "",
    status: draft.status,
    source: draft.source,
    credited_to_id: draft.creditedToId,
    reject_category: draft.rejection?.category ?? null,
    reject_note: draft.rejection?.note ?? null,
    applied_at: iso(new Date(first.at)),
    stage_entered_at: iso(new Date(last.at)),
    closed_at: draft.closedAt === null ? null : iso(new Date(draft.closedAt)),
    created_by_id: draft.createdById,
    created_at: iso(new Date(first.at)),
    updated_at: iso(new Date(draft.closedAt ?? last.at)),
    // Created at version 1; every move and a withdrawal bumped it.
    version: draft.moves.length + (draft.status === "WITHDRAWN" ? 1 : 0),
  };
}

/** Gives each column's cards increasing ranks (`spreadRanks`) in the order they entered it, as the board appends them. */
function rankColumns(rows: ApplicationRow[]): void {
  const columns = new Map<string, ApplicationRow[]>();
  for (const row of rows) {
    const column = columns.get(row.stage_id);
    if (column) column.push(row);
    else columns.set(row.stage_id, [row]);
  }
  for (const column of columns.values()) {
    column.sort((a, b) => compareIso(a.stage_entered_at, b.stage_entered_at));
    spreadRanks(column.length).forEach((rank, index) => (column[index].rank = rank));
  }
}

function stageNamed(job: DemoJob, name: string): StageRow {
  const stage = job.stages.find((candidate) => candidate.name === name);
  if (!stage) throw new Error(`demo job "${job.spec.title}" has no ${name} stage`);
  return stage;
}

function stageOfCategory(job: DemoJob, category: "HIRED" | "REJECTED"): StageRow {
  return job.stages.find((stage) => stage.category === category)!;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
