import { parseGlobalId } from "../../common/global-id";
import { newId } from "../../common/ids";
import { withTenantTransaction } from "../../db/tenant-transaction";
import { buildJob, insertContacts, signUpWorkspace, type TestWorkspace } from "../../../test/factories";
import { startTestServer, type TestServer } from "../../../test/test-server";
import { spreadRanks } from "@talentlane/shared";

let server: TestServer;
let workspace: TestWorkspace;
let job: Record<string, any>;

/** Puts `perStage` cards of bulk contacts into each of the first `stages` stages of the job, straight into the database. */
async function fillBoard(jobId: string, stageIds: string[], perStage: number): Promise<void> {
  await insertContacts(server, workspace.workspaceRawId, stageIds.length * perStage);
  await withTenantTransaction(server.db.database.dataSource, workspace.workspaceRawId, async (manager) => {
    const contacts = (await manager.query(
      `SELECT id FROM contact WHERE NOT EXISTS (SELECT 1 FROM application a WHERE a.contact_id = contact.id) ORDER BY created_at LIMIT $1`,
      [stageIds.length * perStage],
    )) as Array<{ id: string }>;
    const ranks = spreadRanks(perStage);
    const rows = contacts.map((contact, index) => ({
      id: newId(),
      contact_id: contact.id,
      stage_id: stageIds[Math.floor(index / perStage)],
      rank: ranks[index % perStage],
      stage_entered_at: new Date(Date.now() - (index % 20) * 86_400_000).toISOString(),
    }));
    await manager.query(
      `INSERT INTO application (workspace_id, id, contact_id, job_id, stage_id, rank, stage_entered_at)
       SELECT $1, r.id, r.contact_id, $2, r.stage_id, r.rank, r.stage_entered_at
         FROM jsonb_to_recordset($3::jsonb) AS r(id uuid, contact_id uuid, stage_id uuid, rank text, stage_entered_at timestamptz)`,
      [workspace.workspaceRawId, jobId, JSON.stringify(rows)],
    );
  });
  await server.db.database.dataSource.query(`ANALYZE application`);
}

beforeAll(async () => {
  server = await startTestServer();
  workspace = await signUpWorkspace(server);
  job = await buildJob(workspace.admin);
  const extra = [];
  for (let index = 0; index < 3; index += 1) {
    extra.push(
      await workspace.admin.expectData(`mutation ($input: AddStageInput!) { addStage(input: $input) { stage { id } } }`, {
        input: { jobId: job.id, name: `Round ${index + 2}`, category: "INTERVIEW", slaDays: 3, position: 4 + index },
      }),
    );
  }
  const stages = await workspace.admin.expectData(`query ($id: ID!) { job(id: $id) { stages { id category } } }`, { id: job.id });
  const open = stages.job.stages.filter((stage: { category: string }) => !["HIRED", "REJECTED"].includes(stage.category));
  await fillBoard(parseGlobalId(job.id)!.id, open.map((stage: { id: string }) => parseGlobalId(stage.id)!.id), 60);
});
afterAll(async () => {
  await server.close();
});

const BOARD = `query ($jobId: ID!, $first: Int, $filter: ContactFilter, $search: String) {
  pipelineBoard(jobId: $jobId, filter: $filter, search: $search) {
    job { title openings }
    columns {
      stage { id name slaDays }
      count
      cards(first: $first) {
        pageInfo { hasNextPage endCursor }
        nodes { id rank daysInStage isSlaBreached version contact { displayName headline currentCompanyName owner { name } tags { name } } }
      }
    }
  }
}`;

describe("the pipeline board", () => {
  it("loads ten columns with counts and cards in at most 4 statements, whatever the page size", async () => {
    const small = await workspace.admin.request(BOARD, { jobId: job.id, first: 5 });
    const large = await workspace.admin.request(BOARD, { jobId: job.id, first: 50 });
    expect(large.errors).toBeUndefined();
    const columns = large.data!.pipelineBoard.columns;
    expect(columns).toHaveLength(10);
    expect(columns.slice(0, 8).map((column: { count: number }) => column.count)).toEqual(Array(8).fill(60));
    expect(columns[0].cards.nodes).toHaveLength(50);
    expect(large.extensions?.sqlStatements).toBeLessThanOrEqual(4);
    expect(small.extensions?.sqlStatements).toBe(large.extensions?.sqlStatements);
  });

  it("shows cards in rank order with aging and SLA breaches", async () => {
    const data = await workspace.admin.expectData(BOARD, { jobId: job.id, first: 30 });
    const column = data.pipelineBoard.columns[1];
    const ranks = column.cards.nodes.map((card: { rank: string }) => card.rank);
    expect(ranks).toEqual([...ranks].sort());
    const breaches = column.cards.nodes.filter((card: { isSlaBreached: boolean }) => card.isSlaBreached);
    expect(breaches.length).toBeGreaterThan(0);
    for (const card of column.cards.nodes) expect(card.isSlaBreached).toBe(card.daysInStage > column.stage.slaDays);
  });

  it("pages each column on its own, without repeats", async () => {
    const PAGE = `query ($jobId: ID!, $after: String) { pipelineBoard(jobId: $jobId) { columns { cards(first: 25, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const data: any = await workspace.admin.expectData(PAGE, { jobId: job.id, after });
      const column = data.pipelineBoard.columns[2].cards;
      seen.push(...column.nodes.map((node: { id: string }) => node.id));
      if (!column.pageInfo.hasNextPage) break;
      after = column.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
  });

  it("narrows cards and counts with a contact filter and search", async () => {
    const filtered = await workspace.admin.expectData(BOARD, { jobId: job.id, first: 100, filter: { name: { startsWith: "Bulk 0000" } } });
    const total = filtered.pipelineBoard.columns.reduce((sum: number, column: { count: number }) => sum + column.count, 0);
    expect(total).toBe(10);
    const searched = await workspace.admin.expectData(BOARD, { jobId: job.id, first: 100, search: "Bulk 00042" });
    const names = searched.pipelineBoard.columns.flatMap((column: any) => column.cards.nodes.map((card: any) => card.contact.displayName));
    expect(names).toContain("Bulk 00042");
  });

  it("pages one column alone through column(stageId)", async () => {
    const data = await workspace.admin.expectData(BOARD, { jobId: job.id, first: 10 });
    const second = data.pipelineBoard.columns[1];
    const next = await workspace.admin.expectData(
      `query ($jobId: ID!, $stageId: ID!, $after: String) { pipelineBoard(jobId: $jobId) { column(stageId: $stageId) { stage { name } cards(first: 10, after: $after) { nodes { id } } } } }`,
      { jobId: job.id, stageId: second.stage.id, after: second.cards.pageInfo.endCursor },
    );
    const ids = next.pipelineBoard.column.cards.nodes.map((node: { id: string }) => node.id);
    expect(ids).toHaveLength(10);
    expect(ids.some((id: string) => second.cards.nodes.some((node: { id: string }) => node.id === id))).toBe(false);
  });

  it("reads only the columns a request asks of a card's contact", async () => {
    // One card's contact with every card field set, an email and skills (which a card does not show).
    const first = await workspace.admin.expectData(`query ($jobId: ID!) { pipelineBoard(jobId: $jobId) { columns { cards(first: 1) { nodes { contact { id version } } } } } }`, {
      jobId: job.id,
    });
    const target = first.pipelineBoard.columns[0].cards.nodes[0].contact;
    await workspace.admin.expectData(`mutation ($input: UpdateContactInput!) { updateContact(input: $input) { contact { id } } }`, {
      input: {
        id: target.id,
        expectedVersion: target.version,
        headline: "Platform engineer",
        currentTitle: "Staff engineer",
        currentCompanyName: "Initech",
        ownerId: workspace.adminId,
        emails: [{ address: "card.contact@example.com", isPrimary: true }],
      },
    });
    await workspace.admin.expectData(`mutation ($input: BulkTagInput!) { tagContacts(input: $input) { affectedCount } }`, {
      input: { contactIds: [target.id], tags: ["Shortlist", "Referral"] },
    });

    // The SPA's shape: the contact's fields through a fragment and an inline fragment, under nodes and edges.
    const CARD_ONLY = `query ($jobId: ID!) { pipelineBoard(jobId: $jobId) { columns { cards(first: 3) {
        nodes { id contact { ...CardContact } }
        edges { node { contact { ... on Contact { id displayName } } } } } } } }
      fragment CardContact on Contact { __typename id displayName headline currentTitle currentCompanyName owner { id name } tags { name } }`;
    const cardOnly = await workspace.admin.request(CARD_ONLY, { jobId: job.id }, { "x-talentlane-sql-trace": "1" });
    expect(cardOnly.errors).toBeUndefined();
    const cardStatement = (cardOnly.extensions!.sqlTrace as Array<{ sql: string }>).find((traced) => traced.sql.includes("CROSS JOIN LATERAL"))!;
    expect(cardStatement.sql).not.toContain("c.employments");
    const card = cardOnly.data!.pipelineBoard.columns[0].cards.nodes[0].contact;
    expect(card).toEqual({
      __typename: "Contact",
      id: target.id,
      displayName: expect.any(String),
      headline: "Platform engineer",
      currentTitle: "Staff engineer",
      currentCompanyName: "Initech",
      owner: { id: workspace.adminId, name: "Ada Admin" },
      tags: [{ name: "Referral" }, { name: "Shortlist" }],
    });

    // Fields a card does not show, in one of two aliases of the same column's cards: each alias reads what it asks
    // for, and answers as the contact's own record does.
    const MORE = `query ($jobId: ID!, $id: ID!) {
        pipelineBoard(jobId: $jobId) { columns { plain: cards(first: 3) { nodes { contact { displayName tags { name } } } }
                                                   more: cards(first: 3) { nodes { contact { displayName primaryEmail skills { name } tags { name } } } } } }
        contact(id: $id) { displayName primaryEmail skills { name } tags { name } } }`;
    const more = await workspace.admin.request(MORE, { jobId: job.id, id: target.id }, { "x-talentlane-sql-trace": "1" });
    expect(more.errors).toBeUndefined();
    const column = more.data!.pipelineBoard.columns[0];
    expect(column.more.nodes[0].contact).toEqual(more.data!.contact);
    expect(column.more.nodes[0].contact.primaryEmail).toBe("card.contact@example.com");
    expect(column.plain.nodes[0].contact).toEqual({ displayName: more.data!.contact.displayName, tags: more.data!.contact.tags });
    const cardStatements = (more.extensions!.sqlTrace as Array<{ sql: string }>).filter((traced) => traced.sql.includes("CROSS JOIN LATERAL"));
    expect(cardStatements.map((traced) => traced.sql.includes("c.emails")).sort()).toEqual([false, true]);
  });

  it("answers NOT_FOUND for a job of another workspace", async () => {
    const other = await signUpWorkspace(server);
    const error = await other.admin.expectError(BOARD, { jobId: job.id });
    expect(error.extensions?.code).toBe("NOT_FOUND");
  });
});
