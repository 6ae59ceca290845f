import { DEFAULT_PIPELINE_STAGES } from "../../src/modules/pipelines/default-pipeline";
import * as words from "./vocabulary";
import { BIG_BOARD_CARDS, JOB_COUNT, MOVE_JOB_NUMBER, SMALL_BOARD_CARDS, SMALL_BOARD_NUMBER } from "./ids";
import { ANCHOR_MS } from "./sql-functions";

/**
 * The applicant-tracking side of the dataset: 200 jobs with the default pipeline's stages and hiring teams, and
 * their applications with stage histories. Job 1 is the big board (5,000 cards), job 2 the move workload's, job 3 the
 * small board (500 cards); the others share about a fifth of the contacts with a skewed spread. Job attributes are few, so they are computed here with a seeded PRNG; the
 * applications and their histories are set-based SQL over a temporary table.
 */

/** A small seeded PRNG (mulberry32): the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export interface JobPlan {
  number: number;
  title: string;
  department: string;
  status: "OPEN" | "ON_HOLD" | "CLOSED" | "DRAFT";
  cityIndex: number;
  isRemote: boolean;
  employmentType: string;
  clientCompany: number | null;
  /** How many applications the job gets. */
  cards: number;
  /** Where in the contact sequence its applicants start (contacts are spread by a stride coprime with N). */
  offset: number;
  recruiter: number;
  hiringManager: number;
}

/** Stage weights (per cent) by pipeline position: Sourced, Applied, Phone screen, Interview, Offer, Hired, Rejected. */
export const STAGE_WEIGHTS = [28, 28, 18, 12, 3, 1, 10];

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** A stride coprime with `contacts`, so `offset + k * stride mod contacts` visits distinct contacts. */
export function applicantStride(contacts: number): number {
  let stride = 7919;
  while (gcd(stride, contacts) !== 1) stride += 2;
  return stride % contacts === 0 ? 1 : stride;
}

/** The 200 jobs: attributes and how many applicants each gets. */
export function planJobs(contacts: number, companies: number, recruiters: number, hiringManagers: number): JobPlan[] {
  const random = seededRandom(20261101);
  const bigBoard = Math.min(BIG_BOARD_CARDS, Math.floor(contacts / 2));
  const smallBoard = Math.min(SMALL_BOARD_CARDS, Math.floor(contacts / 20));
  const others = Math.floor(contacts / 5);
  const weights = Array.from({ length: JOB_COUNT - 1 }, (_, index) => 1 / Math.sqrt(index + 1));
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const jobs: JobPlan[] = [];
  for (let number = 1; number <= JOB_COUNT; number += 1) {
    const roll = random();
    const status: JobPlan["status"] =
      number <= SMALL_BOARD_NUMBER ? "OPEN" : roll < 0.7 ? "OPEN" : roll < 0.8 ? "ON_HOLD" : roll < 0.92 ? "CLOSED" : "DRAFT";
    const base = words.JOB_TITLES[(number - 1) % words.JOB_TITLES.length];
    const department = words.DEPARTMENTS[Math.floor(random() * words.DEPARTMENTS.length)];
    const share = Math.max(3, Math.round((others * weights[number - 2]) / weightSum));
    // The move workload's job gets at least a tenth of the contacts, so even a tiny dataset has cards to move.
    const cards =
      number === 1
        ? bigBoard
        : number === SMALL_BOARD_NUMBER
          ? smallBoard
          : number === MOVE_JOB_NUMBER ? Math.min(4_000, Math.max(share, Math.floor(contacts / 10))) : status === "DRAFT" ? 0 : Math.min(4_000, share);
    jobs.push({
      number,
      title: number === 1 ? "Senior Software Engineer, Platform (big board)" : number === SMALL_BOARD_NUMBER ? `${base} (small board)` : number <= words.JOB_TITLES.length ? base : `${base}, ${department} ${Math.ceil(number / words.JOB_TITLES.length)}`,
      department,
      status,
      cityIndex: 1 + Math.floor(random() * words.CITIES.length),
      isRemote: random() < 0.3,
      employmentType: random() < 0.85 ? "FULL_TIME" : random() < 0.5 ? "CONTRACT" : "PART_TIME",
      clientCompany: random() < 0.3 ? 1 + Math.floor(random() * companies) : null,
      cards: Math.min(cards, contacts),
      offset: Math.floor(random() * contacts),
      recruiter: 2 + Math.floor(random() * recruiters),
      hiringManager: 2 + recruiters + Math.floor(random() * hiringManagers),
    });
  }
  return jobs;
}

/** Inserts the jobs, their stages (the default pipeline, copied per job) and hiring teams. */
export function jobStatements(workspaceId: string, jobs: JobPlan[]): Array<{ text: string; values: unknown[] }> {
  const day = 86_400_000;
  const cities = words.CITIES;
  const jobValues = [
    workspaceId,
    jobs.map((job) => job.number),
    jobs.map((job) => job.title),
    jobs.map((job) => job.department),
    jobs.map((job) => cities[job.cityIndex - 1][0]),
    jobs.map((job) => cities[job.cityIndex - 1][1]),
    jobs.map((job) => cities[job.cityIndex - 1][2]),
    jobs.map((job) => job.isRemote),
    jobs.map((job) => job.employmentType),
    jobs.map((job) => job.status),
    jobs.map((job) => job.clientCompany),
  ];
  return [
    {
      text: `
        INSERT INTO job (workspace_id, id, title, department, city, region, country, is_remote, employment_type, openings,
                         openings_filled, status, client_company_id, description, custom_values, opened_at, closed_at,
                         created_by_id, created_at, updated_at, version)
        SELECT $1::uuid, pg_temp.job_id(j.number), j.title, j.department, j.city, j.region, j.country, j.is_remote, j.employment_type, 1, 0,
               j.status, CASE WHEN j.client IS NOT NULL THEN pg_temp.company_id(j.client) END,
               'We are hiring a ' || j.title || ' to join our ' || j.department || ' team.', '{}'::jsonb,
               CASE WHEN j.status <> 'DRAFT' THEN pg_temp.ts(pg_temp.job_ms(j.number)) END,
               CASE WHEN j.status = 'CLOSED' THEN pg_temp.ts(${ANCHOR_MS - 10 * day}) END,
               pg_temp.user_id(1), pg_temp.ts(pg_temp.job_ms(j.number)), pg_temp.ts(pg_temp.job_ms(j.number)), 1
          FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::text[], $10::text[], $11::int[])
               AS j(number, title, department, city, region, country, is_remote, employment_type, status, client)`,
      values: jobValues,
    },
    {
      text: `
        INSERT INTO stage (workspace_id, id, job_id, name, position, category, sla_days, created_at)
        SELECT $1::uuid, pg_temp.stage_id(j, s.position - 1), pg_temp.job_id(j), s.name, s.position - 1, s.category, s.sla_days,
               pg_temp.ts(pg_temp.job_ms(j))
          FROM generate_series(1, ${jobs.length}) AS j
         CROSS JOIN unnest($2::text[], $3::text[], $4::int[]) WITH ORDINALITY AS s(name, category, sla_days, position)`,
      values: [
        workspaceId,
        DEFAULT_PIPELINE_STAGES.map((stage) => stage.name),
        DEFAULT_PIPELINE_STAGES.map((stage) => stage.category),
        DEFAULT_PIPELINE_STAGES.map((stage) => stage.slaDays),
      ],
    },
    {
      text: `
        INSERT INTO job_hiring_team (workspace_id, job_id, user_id, role)
        SELECT $1::uuid, pg_temp.job_id(t.number), pg_temp.user_id(t.recruiter), 'RECRUITER' FROM unnest($2::int[], $3::int[], $4::int[]) AS t(number, recruiter, manager)
        UNION ALL
        SELECT $1::uuid, pg_temp.job_id(t.number), pg_temp.user_id(t.manager), 'HIRING_MANAGER' FROM unnest($2::int[], $3::int[], $4::int[]) AS t(number, recruiter, manager)`,
      values: [workspaceId, jobs.map((job) => job.number), jobs.map((job) => job.recruiter), jobs.map((job) => job.hiringManager)],
    },
  ];
}

/**
 * Plans every application into the session's temporary table `bench_application`: which contact, which stage
 * (by the weights above; 3% of open cards withdrawn; rejected cards went some way down the pipeline first), when
 * it was applied and entered its stage, how many stage transitions it has, and its position in its column.
 */
export function planApplicationsStatement(jobs: JobPlan[], contacts: number): { text: string; values: unknown[] } {
  const slots = words.weightedSlots(STAGE_WEIGHTS, 100);
  const applying = jobs.filter((job) => job.cards > 0);
  return {
    text: `
      CREATE TEMPORARY TABLE bench_application AS
      SELECT planned.*,
             row_number() OVER (PARTITION BY job, position ORDER BY k) AS column_position,
             CASE WHEN steps = 1 THEN applied_ms ELSE applied_ms + floor(pg_temp.rnd(gid, 405) * (${ANCHOR_MS} - applied_ms))::bigint END AS entered_ms
        FROM (
          SELECT positioned.*,
                 CASE WHEN position = 6 THEN floor(pg_temp.rnd(gid, 403) * 4)::int + 2 ELSE position + 1 END AS steps,
                 CASE WHEN position = 5 THEN 'HIRED' WHEN position = 6 THEN 'REJECTED'
                      WHEN pg_temp.rnd(gid, 402) < 0.03 THEN 'WITHDRAWN' ELSE 'ACTIVE' END AS status,
                 pg_temp.job_ms(job) + floor(pg_temp.rnd(gid, 404) * (${ANCHOR_MS} - pg_temp.job_ms(job)) * 0.9)::bigint AS applied_ms
            FROM (
              SELECT jobs.job, k, jobs.job::bigint * 10000000 + k AS gid,
                     1 + ((jobs.start + k::bigint * ${applicantStride(contacts)}) % ${contacts}) AS contact,
                     ($4::int[])[pg_temp.pick(jobs.job::bigint * 10000000 + k, 401, 100, 1.0)] - 1 AS position
                FROM unnest($1::int[], $2::int[], $3::bigint[]) AS jobs(job, cards, start)
               CROSS JOIN LATERAL generate_series(0, jobs.cards - 1) AS k) AS positioned) AS planned`,
    values: [applying.map((job) => job.number), applying.map((job) => job.cards), applying.map((job) => job.offset), slots],
  };
}

/** Inserts the planned applications; `ranks` is spreadRanks(longest column), indexed by column position. */
export function applicationsStatement(workspaceId: string, ranks: string[], recruiters: number): { text: string; values: unknown[] } {
  return {
    text: `
      INSERT INTO application (workspace_id, id, contact_id, job_id, stage_id, rank, status, source, credited_to_id, reject_category,
                               reject_note, applied_at, stage_entered_at, closed_at, created_by_id, created_at, updated_at, version)
      SELECT $1::uuid, pg_temp.uuid7(applied_ms, gid, 71), pg_temp.contact_id(contact), pg_temp.job_id(job), pg_temp.stage_id(job, position),
             ($2::text[])[column_position], status, ($3::text[])[pg_temp.pick(gid, 406, 8, 1.6)],
             CASE WHEN pg_temp.rnd(gid, 407) < 0.2 THEN pg_temp.user_id(1 + pg_temp.pick(gid, 408, ${recruiters}, 1.2)) END,
             CASE WHEN status = 'REJECTED' THEN ($4::text[])[pg_temp.pick(gid, 409, 8, 1.4)] END,
             CASE WHEN status = 'REJECTED' AND pg_temp.rnd(gid, 410) < 0.3 THEN 'Went with a candidate further along.' END,
             pg_temp.ts(applied_ms), pg_temp.ts(entered_ms), CASE WHEN status <> 'ACTIVE' THEN pg_temp.ts(entered_ms) END,
             pg_temp.user_id(1), pg_temp.ts(applied_ms), pg_temp.ts(entered_ms), steps
        FROM bench_application`,
    values: [workspaceId, ranks, words.SOURCES, words.REJECT_CATEGORIES],
  };
}

/** The stage history of every planned application: entered at the first stage, then one step at a time. */
export function transitionsStatement(workspaceId: string, recruiters: number): { text: string; values: unknown[] } {
  return {
    text: `
      INSERT INTO stage_transition (workspace_id, id, application_id, job_id, from_stage_id, to_stage_id, transitioned_at, by_id, reason)
      SELECT $1::uuid, pg_temp.uuid7(step_ms, gid * 8 + step, 81), pg_temp.uuid7(applied_ms, gid, 71), pg_temp.job_id(job),
             CASE WHEN step > 0 THEN pg_temp.stage_id(job, step - 1) END,
             pg_temp.stage_id(job, CASE WHEN position = 6 AND step = steps - 1 THEN 6 ELSE step END),
             pg_temp.ts(step_ms), pg_temp.user_id(1 + pg_temp.pick(gid * 8 + step, 411, ${recruiters}, 1.2)),
             CASE WHEN position = 6 AND step = steps - 1 THEN 'Rejected after review' END
        FROM bench_application
       CROSS JOIN LATERAL (SELECT step, applied_ms + (entered_ms - applied_ms) * step / greatest(steps - 1, 1) AS step_ms
                             FROM generate_series(0, steps - 1) AS step) AS steps_taken`,
    values: [workspaceId],
  };
}

/** Openings follow the hires: each job has a few openings more than it has filled. */
export function openingsStatement(workspaceId: string): { text: string; values: unknown[] } {
  return {
    text: `
      UPDATE job SET openings_filled = hired.count, openings = least(1000, hired.count + 1 + (hashint8extended(hired.count, 7) & 3)::int)
        FROM (SELECT job_id, count(*) FILTER (WHERE status = 'HIRED')::int AS count FROM application WHERE workspace_id = $1 GROUP BY job_id) AS hired
       WHERE job.workspace_id = $1 AND job.id = hired.job_id`,
    values: [workspaceId],
  };
}

/** Five static talent pools, each holding about 1% of the contacts. */
export function poolStatements(workspaceId: string, contacts: number): Array<{ text: string; values: unknown[] }> {
  const names = ["Backend shortlist", "Design community", "Data talent", "Sales leaders", "Silver medalists"];
  return [
    {
      text: `
        INSERT INTO talent_pool (workspace_id, id, name, description, kind, filter, owner_id, created_at, updated_at)
        SELECT $1::uuid, pg_temp.uuid7(${ANCHOR_MS - 400 * 86_400_000} + p, p, 95), name, 'Hand-picked people for ' || lower(name) || '.', 'STATIC', NULL,
               pg_temp.user_id(1 + p), pg_temp.ts(${ANCHOR_MS - 400 * 86_400_000} + p), pg_temp.ts(${ANCHOR_MS - 400 * 86_400_000} + p)
          FROM unnest($2::text[]) WITH ORDINALITY AS pools(name, p)`,
      values: [workspaceId, names],
    },
    {
      text: `
        INSERT INTO pool_membership (workspace_id, pool_id, contact_id, added_by_id, added_at, note)
        SELECT $1::uuid, pg_temp.uuid7(${ANCHOR_MS - 400 * 86_400_000} + p, p, 95), pg_temp.contact_id(i), pg_temp.user_id(1 + p),
               pg_temp.ts(greatest(pg_temp.contact_ms(i), ${ANCHOR_MS - 400 * 86_400_000})), NULL
          FROM generate_series(1, ${names.length}) AS p
         CROSS JOIN generate_series(1, ${contacts}) AS i
         WHERE pg_temp.rnd(i, 500 + p) < 0.01`,
      values: [workspaceId],
    },
  ];
}
