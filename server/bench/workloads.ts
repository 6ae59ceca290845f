import { Client } from "pg";
import { toGlobalId } from "../src/common/global-id";
import { encodeCursor } from "../src/common/pagination/cursor";
import { BENCH_WORKSPACE_ID } from "./data/ids";

/**
 * What the benchmark asks the product: each workload is one screen or action of the SPA as a GraphQL request,
 * sent the same way (same bytes, same concurrency) to the product and to the floor.
 */
export interface Workload {
  name: string;
  title: string;
  /** read: compared with the floor at p95; write: reported; http: the per-request overhead of the stack itself. */
  kind: "read" | "write" | "http";
  /** Measured at every growth size (10k, 100k, 1M contacts), not only at the run's size. */
  growth: boolean;
  /** Request bodies the connections cycle through (reads). */
  bodies: string[];
  /** For the page-size target: the same request at a small and a large page size. */
  pageSizes?: { small: number; large: number; bodies: [string, string] };
  /** For writes: the next request body, drawn from a sequence both sides share. */
  next?: () => string;
}

const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

/** A column as the SPA's board reads it: its stage, count and a page of cards with what a card shows. */
const COLUMN_SELECTION = `stage { id name category slaDays }
      count
      cards(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { id rank daysInStage isSlaBreached version contact { id displayName headline currentCompanyName owner { id name } tags { id name } } }
      }`;

export const BOARD_QUERY = `query Board($jobId: ID!, $first: Int, $after: String) {
  pipelineBoard(jobId: $jobId) {
    job { id title openings openingsFilled }
    columns {
      ${COLUMN_SELECTION}
    }
  }
}`;

/** One column of the board paged alone (`PipelineBoard.column(stageId)`), as the SPA scrolls a column. */
export const BOARD_COLUMN_QUERY = `query BoardColumn($jobId: ID!, $stageId: ID!, $first: Int, $after: String) {
  pipelineBoard(jobId: $jobId) {
    column(stageId: $stageId) {
      ${COLUMN_SELECTION}
    }
  }
}`;

/** The SPA's contact row (web/src/features/contacts/components/ContactRow.tsx). */
const CONTACT_ROW = `id displayName primaryEmail headline currentTitle currentCompanyName company { id name } location { city region country }
  tags { id name } owner { id name }`;

export const CONTACTS_QUERY = `query Contacts($first: Int!, $filter: ContactFilter, $search: String) {
  contacts(first: $first, filter: $filter, search: $search) {
    totalCount
    edges { cursor node { ${CONTACT_ROW} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** A contacts page without the total (the issue's "contacts page of 100 with company, owner, tags"). */
export const CONTACTS_PAGE_QUERY = `query ContactsPage($first: Int!) {
  contacts(first: $first) {
    edges { cursor node { ${CONTACT_ROW} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const CONTACT_QUERY = `query Contact($id: ID!, $first: Int) {
  contact(id: $id) {
    id displayName givenName familyName headline currentTitle currentCompanyName primaryEmail
    emails { address type isPrimary } phones { number type } links { kind url }
    location { city region country } yearsOfExperience availabilityDate workAuthorization willingToRelocate source
    skills { name level years } employments { companyName title startDate endDate isCurrent } educations { institution degree }
    customValues createdAt updatedAt version
    company { id name domain industry } owner { id name } tags { id name color }
    timeline(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id channel direction subject body occurredAt durationMinutes author { id name } participants { name email } } }
    }
  }
}`;

export const MOVE_MUTATION = `mutation Move($input: MoveApplicationInput!) {
  moveApplication(input: $input) {
    application { id rank version status stageEnteredAt stage { id name } }
    fromStage { id }
    toStage { id }
  }
}`;

export const TRIVIAL_QUERY = `{ __typename }`;

/** Names and emails: 3 to 6 characters, as people type them. */
export const FUZZY_TERMS = ["mar", "smit", "garcia", "chen", "alex", "patel", "muell", "jon"];
/** Words of headlines (full-text, stemmed). */
export const FULL_TEXT_TERMS = ["distributed systems", "machine learning", "fintech", "security", "analytics", "customer experiences"];

/** The pool filter: two skills (all of), a country, a years range, a custom field and a stage, first 50 with total. */
export function poolFilters(): Array<Record<string, unknown>> {
  const filter = (skills: [string, string], country: string) => ({
    skills: { allOf: skills.map((name) => ({ name })) },
    location: { country: { equalTo: country } },
    yearsOfExperience: { greaterThanOrEqualTo: 2, lessThanOrEqualTo: 20 },
    customFields: [{ key: "visa_sponsorship_required", equalTo: false }],
    applications: { some: { stageCategory: { in: ["LEAD", "SCREEN", "INTERVIEW"] } } },
  });
  return [filter(["JavaScript", "SQL"], "US"), filter(["Python", "AWS"], "GB"), filter(["TypeScript", "Docker"], "DE")];
}

/** Ids the workloads need, read from the generated dataset. */
export interface Fixtures {
  bigBoardJobId: string;
  /** The 500-card board (the browser part compares its DOM with the big board's). */
  smallBoardJobId: string;
  /** A cursor about 1,000 cards (or 80%) into the big board's longest column. */
  deepCursor: string;
  deepPosition: number;
  /** The longest column's stage (where the deep cursor points). */
  deepStageId: string;
  contactIds: string[];
  moveJobId: string;
  /** The move job's open stages (Sourced .. Offer), in pipeline order. */
  moveStages: string[];
  /** Active cards of the move job and the position of their stage in moveStages. */
  moveCards: Array<{ id: string; position: number }>;
  /** All cards of the move job. */
  moveJobCards: number;
}

/** Reads the fixtures (as the superuser: no API calls, no side effects). */
export async function readFixtures(databaseUrl: string): Promise<Fixtures> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const jobs = (await client.query(`SELECT id FROM job WHERE workspace_id = $1 ORDER BY created_at, id LIMIT 3`, [BENCH_WORKSPACE_ID])).rows;
    const [bigBoard, moveJob, smallBoard] = jobs.map((row: { id: string }) => row.id);
    const [longest] = (
      await client.query(
        `SELECT stage_id, count(*)::int AS cards FROM application WHERE workspace_id = $1 AND job_id = $2 AND status <> 'WITHDRAWN'
          GROUP BY stage_id ORDER BY cards DESC, stage_id LIMIT 1`,
        [BENCH_WORKSPACE_ID, bigBoard],
      )
    ).rows;
    const deepPosition = Math.max(1, Math.min(1_000, Math.floor(longest.cards * 0.8)));
    const [deep] = (
      await client.query(
        `SELECT id, rank FROM application WHERE workspace_id = $1 AND stage_id = $2 AND status <> 'WITHDRAWN'
          ORDER BY rank, id OFFSET $3 LIMIT 1`,
        [BENCH_WORKSPACE_ID, longest.stage_id, deepPosition - 1],
      )
    ).rows;
    const contacts = (
      await client.query(`SELECT id FROM contact WHERE workspace_id = $1 AND deleted_at IS NULL ORDER BY md5(id::text) LIMIT 24`, [BENCH_WORKSPACE_ID])
    ).rows.map((row: { id: string }) => row.id);
    const stages = (
      await client.query(`SELECT id FROM stage WHERE workspace_id = $1 AND job_id = $2 AND category NOT IN ('HIRED', 'REJECTED') ORDER BY position`, [
        BENCH_WORKSPACE_ID,
        moveJob,
      ])
    ).rows.map((row: { id: string }) => row.id);
    const cards = (
      await client.query(
        `SELECT a.id, a.stage_id FROM application a WHERE a.workspace_id = $1 AND a.job_id = $2 AND a.status = 'ACTIVE' AND a.stage_id = ANY($3::uuid[])
          ORDER BY a.id`,
        [BENCH_WORKSPACE_ID, moveJob, stages],
      )
    ).rows.map((row: { id: string; stage_id: string }) => ({ id: row.id, position: stages.indexOf(row.stage_id) }));
    const [{ total }] = (
      await client.query(`SELECT count(*)::int AS total FROM application WHERE workspace_id = $1 AND job_id = $2`, [BENCH_WORKSPACE_ID, moveJob])
    ).rows;
    return {
      moveJobCards: total,
      bigBoardJobId: bigBoard,
      smallBoardJobId: smallBoard,
      deepCursor: encodeCursor("RANK", [deep.rank, deep.id]),
      deepStageId: longest.stage_id,
      deepPosition,
      contactIds: contacts,
      moveJobId: moveJob,
      moveStages: stages,
      moveCards: cards,
    };
  } finally {
    await client.end();
  }
}

/** Moves cards round-robin, each to the next open stage of its pipeline (at the column's end). */
export function moveSequence(fixtures: Fixtures): () => string {
  // A card comes round again after every other card has moved: with more cards than connections, no card is ever moved twice at once.
  if (fixtures.moveCards.length < 16) throw new Error(`the move job has only ${fixtures.moveCards.length} active cards; generate more contacts`);
  const positions = new Map(fixtures.moveCards.map((card) => [card.id, card.position]));
  let step = 0;
  return () => {
    const card = fixtures.moveCards[step % fixtures.moveCards.length];
    step += 1;
    const next = (positions.get(card.id)! + 1) % fixtures.moveStages.length;
    positions.set(card.id, next);
    return body(MOVE_MUTATION, {
      input: { id: toGlobalId("Application", card.id), toStageId: toGlobalId("Stage", fixtures.moveStages[next]) },
    });
  };
}

/** Every workload, in the order they run. */
export function buildWorkloads(fixtures: Fixtures): Workload[] {
  const jobId = toGlobalId("Job", fixtures.bigBoardJobId);
  const deepStageId = toGlobalId("Stage", fixtures.deepStageId);
  const contactIds = fixtures.contactIds.map((id) => toGlobalId("Contact", id));
  const filters = poolFilters();
  return [
    {
      name: "board",
      title: "Board, first screen: the 5,000-card job, every column's count and first 20 cards with contact, owner, tags",
      kind: "read",
      growth: true,
      bodies: [body(BOARD_QUERY, { jobId, first: 20 })],
      pageSizes: { small: 5, large: 50, bodies: [body(BOARD_QUERY, { jobId, first: 5 }), body(BOARD_QUERY, { jobId, first: 50 })] },
    },
    {
      name: "board-deep",
      title: `Board, a column page deep in the list: column(stageId) with 20 cards after card ${fixtures.deepPosition.toLocaleString("en-US")} of the longest column`,
      kind: "read",
      growth: false,
      bodies: [body(BOARD_COLUMN_QUERY, { jobId, stageId: deepStageId, first: 20, after: fixtures.deepCursor })],
      pageSizes: {
        small: 5,
        large: 50,
        bodies: [
          body(BOARD_COLUMN_QUERY, { jobId, stageId: deepStageId, first: 5, after: fixtures.deepCursor }),
          body(BOARD_COLUMN_QUERY, { jobId, stageId: deepStageId, first: 50, after: fixtures.deepCursor }),
        ],
      },
    },
    {
      name: "pool-filter",
      title: "Pool filter: 2 skills (all of) + country + years range + custom field + application stage, first 50 with total count",
      kind: "read",
      growth: true,
      bodies: filters.map((filter) => body(CONTACTS_QUERY, { first: 50, filter })),
      pageSizes: { small: 10, large: 100, bodies: [body(CONTACTS_QUERY, { first: 10, filter: filters[0] }), body(CONTACTS_QUERY, { first: 100, filter: filters[0] })] },
    },
    {
      name: "search-fuzzy",
      title: `Fuzzy search on names and emails (${FUZZY_TERMS.map((term) => `"${term}"`).join(", ")}), first 50 with total count`,
      kind: "read",
      growth: false,
      bodies: FUZZY_TERMS.map((search) => body(CONTACTS_QUERY, { first: 50, search })),
      pageSizes: { small: 10, large: 100, bodies: [body(CONTACTS_QUERY, { first: 10, search: "garcia" }), body(CONTACTS_QUERY, { first: 100, search: "garcia" })] },
    },
    {
      name: "search-full-text",
      title: `Full-text search on headlines (${FULL_TEXT_TERMS.map((term) => `"${term}"`).join(", ")}), first 50 with total count`,
      kind: "read",
      growth: false,
      bodies: FULL_TEXT_TERMS.map((search) => body(CONTACTS_QUERY, { first: 50, search })),
      pageSizes: { small: 10, large: 100, bodies: [body(CONTACTS_QUERY, { first: 10, search: "fintech" }), body(CONTACTS_QUERY, { first: 100, search: "fintech" })] },
    },
    {
      name: "contact",
      title: "Contact by id (every field, company, owner, tags) with its timeline's first page (20, with total)",
      kind: "read",
      growth: false,
      bodies: contactIds.map((id) => body(CONTACT_QUERY, { id, first: 20 })),
      pageSizes: { small: 2, large: 50, bodies: [body(CONTACT_QUERY, { id: contactIds[0], first: 2 }), body(CONTACT_QUERY, { id: contactIds[0], first: 50 })] },
    },
    {
      name: "contacts-page",
      title: "Contacts page of 100 (newest first) with company, owner and tags",
      kind: "read",
      growth: false,
      bodies: [body(CONTACTS_PAGE_QUERY, { first: 100 })],
      pageSizes: { small: 10, large: 100, bodies: [body(CONTACTS_PAGE_QUERY, { first: 10 }), body(CONTACTS_PAGE_QUERY, { first: 100 })] },
    },
    {
      name: "card-move",
      title: `Card move (moveApplication: the card and its stage history row) under concurrent moves on one ${fixtures.moveJobCards.toLocaleString("en-US")}-card job`,
      kind: "write",
      growth: false,
      bodies: [],
      next: moveSequence(fixtures),
    },
    {
      name: "trivial",
      title: "HTTP floor: a trivial query ({ __typename }); the floor is a bare node:http server answering the same bytes",
      kind: "http",
      growth: false,
      bodies: [body(TRIVIAL_QUERY)],
    },
  ];
}

/** Snapshot of the move job's cards and history, so the move workload leaves the dataset as it found it. */
export async function snapshotMoveJob(databaseUrl: string, jobId: string): Promise<() => Promise<void>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const cards = (
      await client.query(
        `SELECT id, stage_id, rank, status, version, stage_entered_at, closed_at, updated_at, reject_category, reject_note
           FROM application WHERE workspace_id = $1 AND job_id = $2`,
        [BENCH_WORKSPACE_ID, jobId],
      )
    ).rows;
    const transitions = (await client.query(`SELECT id FROM stage_transition WHERE workspace_id = $1 AND job_id = $2`, [BENCH_WORKSPACE_ID, jobId])).rows.map(
      (row: { id: string }) => row.id,
    );
    return async () => {
      const restore = new Client({ connectionString: databaseUrl });
      await restore.connect();
      try {
        await restore.query("BEGIN");
        await restore.query(`DELETE FROM stage_transition WHERE workspace_id = $1 AND job_id = $2 AND NOT (id = ANY($3::uuid[]))`, [
          BENCH_WORKSPACE_ID,
          jobId,
          transitions,
        ]);
        await restore.query(
          `UPDATE application a SET stage_id = r.stage_id, rank = r.rank, status = r.status, version = r.version, stage_entered_at = r.stage_entered_at,
                  closed_at = r.closed_at, updated_at = r.updated_at, reject_category = r.reject_category, reject_note = r.reject_note
             FROM jsonb_to_recordset($3::jsonb) AS r(id uuid, stage_id uuid, rank text, status text, version int, stage_entered_at timestamptz,
                                                     closed_at timestamptz, updated_at timestamptz, reject_category text, reject_note text)
            WHERE a.workspace_id = $1 AND a.job_id = $2 AND a.id = r.id`,
          [BENCH_WORKSPACE_ID, jobId, JSON.stringify(cards)],
        );
        await restore.query("COMMIT");
      } finally {
        await restore.end();
      }
    };
  } finally {
    await client.end();
  }
}
