import { parseGlobalId } from "../global-id";
import { buildCompany, buildContact, insertContacts, signUpWorkspace, type TestWorkspace } from "../../../test/factories";
import { startTestServer, type TestServer } from "../../../test/test-server";

let server: TestServer;
let workspace: TestWorkspace;
const TOTAL = 130;

beforeAll(async () => {
  server = await startTestServer();
  workspace = await signUpWorkspace(server);
  const company = await buildCompany(workspace.admin, { name: "Volume Inc" });
  const tagged = await buildContact(workspace.admin, { tags: ["Alpha", "Beta"] });
  const tagIds = tagged.tags.map((tag: { id: string }) => parseGlobalId(tag.id)!.id);
  await workspace.admin.expectData(`mutation ($id: ID!) { deleteContact(input: { id: $id }) { contact { id } } }`, { id: tagged.id });
  await insertContacts(server, workspace.workspaceRawId, TOTAL, {
    companyRawId: parseGlobalId(company.id)!.id,
    ownerRawId: parseGlobalId(workspace.adminId)!.id,
    tagRawIds: tagIds,
  });
});
afterAll(async () => {
  await server.close();
});

const PAGE = `query ($first: Int, $after: String, $last: Int, $before: String, $orderBy: ContactOrderBy) {
  contacts(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { displayName } }
  }
}`;

describe("cursor connections", () => {
  it("walks every contact exactly once, forwards, in order", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const data: any = await workspace.admin.expectData(PAGE, { first: 40, after, orderBy: "NAME_ASC" });
      seen.push(...data.contacts.edges.map((edge: any) => edge.node.displayName));
      if (!data.contacts.pageInfo.hasNextPage) break;
      after = data.contacts.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(TOTAL);
    expect(new Set(seen).size).toBe(TOTAL);
    expect(seen).toEqual([...seen].sort());
  });

  it("pages backwards with last and before", async () => {
    const last = (await workspace.admin.expectData(PAGE, { last: 3, orderBy: "CREATED_AT_ASC" })).contacts;
    expect(last.edges.map((edge: any) => edge.node.displayName)).toEqual(["Bulk 00127", "Bulk 00128", "Bulk 00129"]);
    expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = (await workspace.admin.expectData(PAGE, { last: 2, before: last.pageInfo.startCursor, orderBy: "CREATED_AT_ASC" })).contacts;
    expect(before.edges.map((edge: any) => edge.node.displayName)).toEqual(["Bulk 00125", "Bulk 00126"]);
  });

  // A search or a filter reads the page's keys first and its rows after (keysFirst): the same order, both ways.
  const MATCHING = `query ($first: Int, $after: String, $last: Int, $before: String, $orderBy: ContactOrderBy, $search: String, $filter: ContactFilter) {
    contacts(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, search: $search, filter: $filter) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { displayName } }
    }
  }`;

  it.each([
    ["a search, by relevance", { search: "bulk" }, 130],
    ["a filter, newest first", { filter: { name: { includes: "bulk 000" } }, orderBy: "CREATED_AT_DESC" }, 100],
    ["a filter, by name descending", { filter: { name: { includes: "bulk 001" } }, orderBy: "NAME_DESC" }, 30],
  ])("pages %s forwards and backwards through the same order", async (_label, selection, matching) => {
    const forwards: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const data: any = await workspace.admin.expectData(MATCHING, { ...selection, first: 40, after });
      expect(data.contacts.totalCount).toBe(matching);
      forwards.push(...data.contacts.edges.map((edge: any) => edge.node.displayName));
      if (!data.contacts.pageInfo.hasNextPage) break;
      after = data.contacts.pageInfo.endCursor;
    }
    expect(forwards).toHaveLength(matching);
    expect(new Set(forwards).size).toBe(matching);

    const backwards: string[] = [];
    let before: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const data: any = await workspace.admin.expectData(MATCHING, { ...selection, last: 40, before });
      backwards.unshift(...data.contacts.edges.map((edge: any) => edge.node.displayName));
      if (!data.contacts.pageInfo.hasPreviousPage) break;
      before = data.contacts.pageInfo.startCursor;
    }
    expect(backwards).toEqual(forwards);
  });

  it("orders a filtered page as asked", async () => {
    const data: any = await workspace.admin.expectData(MATCHING, { filter: { name: { includes: "bulk 001" } }, orderBy: "NAME_DESC", first: 5 });
    expect(data.contacts.edges.map((edge: any) => edge.node.displayName)).toEqual(["Bulk 00129", "Bulk 00128", "Bulk 00127", "Bulk 00126", "Bulk 00125"]);
  });

  it("defaults to 25, caps first at 100, and counts all matches", async () => {
    expect((await workspace.admin.expectData(PAGE, {})).contacts.edges).toHaveLength(25);
    const capped = (await workspace.admin.expectData(PAGE, { first: 1_000_000 })).contacts;
    expect(capped.edges).toHaveLength(100);
    expect(capped.totalCount).toBe(TOTAL);
  });

  it("refuses negative sizes, mixed directions and stale or foreign cursors", async () => {
    expect((await workspace.admin.expectError(PAGE, { first: -1 })).extensions?.fields[0].path).toEqual(["first"]);
    expect((await workspace.admin.expectError(PAGE, { first: 2, last: 2 })).extensions?.code).toBe("BAD_USER_INPUT");
    expect((await workspace.admin.expectError(PAGE, { first: 2, after: "garbage!" })).extensions?.fields[0].path).toEqual(["after"]);
    const byName = (await workspace.admin.expectData(PAGE, { first: 1, orderBy: "NAME_ASC" })).contacts.pageInfo.endCursor;
    const foreign = await workspace.admin.expectError(PAGE, { first: 1, after: byName, orderBy: "CREATED_AT_DESC" });
    expect(foreign.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ path: ["after"] }] });
  });
});

describe("statement budget", () => {
  const RICH_PAGE = `query ($first: Int) {
    contacts(first: $first, orderBy: NAME_ASC) {
      totalCount
      nodes { id displayName company { name industry } owner { name email } tags { name color } customValues skills { name level years } }
    }
  }`;

  it("reads a page of 100 contacts with company, owner, tags, custom values and skills in at most 4 statements", async () => {
    const response = await workspace.admin.request(RICH_PAGE, { first: 100 });
    expect(response.errors).toBeUndefined();
    expect(response.data!.contacts.nodes).toHaveLength(100);
    expect(response.data!.contacts.nodes[0]).toMatchObject({ company: { name: "Volume Inc" }, tags: [{ name: "Alpha" }, { name: "Beta" }] });
    expect(response.extensions?.sqlStatements).toBeLessThanOrEqual(4);
  });

  it("costs the same number of statements for 5 contacts as for 100", async () => {
    const small = await workspace.admin.request(RICH_PAGE, { first: 5 });
    const large = await workspace.admin.request(RICH_PAGE, { first: 100 });
    expect(small.extensions?.sqlStatements).toBe(large.extensions?.sqlStatements);
  });

  it("reads the timelines of a page of contacts in a fixed number of statements", async () => {
    const query = `query ($first: Int) { contacts(first: $first) { nodes { timeline(first: 3) { totalCount nodes { subject author { name } } } } } }`;
    const small = await workspace.admin.request(query, { first: 2 });
    const large = await workspace.admin.request(query, { first: 50 });
    expect(large.errors).toBeUndefined();
    expect(small.extensions?.sqlStatements).toBe(large.extensions?.sqlStatements);
  });

  // A filtered or searched first page counts its matches in its own statement (paged-query.ts, withTotal).
  const FILTERED = (selection: string) => `query ($first: Int, $after: String, $filter: ContactFilter, $search: String) {
    contacts(first: $first, after: $after, filter: $filter, search: $search) { ${selection} }
  }${selection.includes("...Total") ? " fragment Total on ContactConnection { totalCount }" : ""}`;
  const ROWS = "pageInfo { hasNextPage endCursor } nodes { displayName }";

  it.each([
    ["a filter", { filter: { name: { includes: "bulk 001" } } }, 30],
    ["a search", { search: "bulk" }, 130],
    ["a filter that matches nothing", { filter: { name: { includes: "nobody at all" } } }, 0],
  ])("counts %s's matches on the first page without a statement of its own", async (_label, selection, matching) => {
    const withoutTotal = await workspace.admin.request(FILTERED(ROWS), { ...selection, first: 10 });
    for (const asked of [`totalCount ${ROWS}`, `...Total ${ROWS}`, `... on ContactConnection { totalCount } ${ROWS}`]) {
      const response = await workspace.admin.request(FILTERED(asked), { ...selection, first: 10 });
      expect(response.errors).toBeUndefined();
      expect(response.data!.contacts.totalCount).toBe(matching);
      expect(response.data!.contacts.nodes).toHaveLength(Math.min(10, matching));
      expect(response.extensions?.sqlStatements).toBe(withoutTotal.extensions?.sqlStatements);
    }
  });

  it("counts a first page's matches once, not once per row of the page", async () => {
    const traced = await workspace.admin.request(FILTERED(`totalCount ${ROWS}`), { search: "bulk", first: 50 }, { "x-talentlane-sql-trace": "1" });
    expect(traced.data!.contacts.totalCount).toBe(TOTAL);
    const statement = (traced.extensions!.sqlTrace as Array<{ sql: string; params: unknown[] }>).find((traced) => traced.sql.includes("_matches"))!;
    // As the request runs it: the request role, in the workspace.
    const runner = server.db.database.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SELECT set_config('role', 'talentlane_app', false), set_config('app.workspace_id', $1, false)`, [workspace.workspaceRawId]);
      const [{ "QUERY PLAN": [plan] }] = await runner.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`, statement.params);
      const counts: Array<{ loops: number }> = [];
      const visit = (node: PlanNode) => {
        if (node["Node Type"] === "Aggregate" && node.Plans?.some((child) => child["Node Type"] === "CTE Scan" && child["CTE Name"] === "_matches")) {
          counts.push({ loops: node["Actual Loops"] });
        }
        node.Plans?.forEach(visit);
      };
      visit(plan.Plan);
      expect(counts).toEqual([{ loops: 1 }]);
    } finally {
      await runner.query(`RESET ROLE; RESET app.workspace_id`);
      await runner.release();
    }
  });

  it("counts the matches with a statement of its own past the first page, and the same total", async () => {
    const selection = { filter: { name: { includes: "bulk 001" } } };
    const first = (await workspace.admin.expectData(FILTERED(`totalCount ${ROWS}`), { ...selection, first: 10 })).contacts;
    const withoutTotal = await workspace.admin.request(FILTERED(ROWS), { ...selection, first: 10, after: first.pageInfo.endCursor });
    const next = await workspace.admin.request(FILTERED(`totalCount ${ROWS}`), { ...selection, first: 10, after: first.pageInfo.endCursor });
    expect(next.data!.contacts.totalCount).toBe(30);
    expect(next.data!.contacts.nodes).toHaveLength(10);
    expect(next.extensions?.sqlStatements).toBe((withoutTotal.extensions?.sqlStatements as number) + 1);
  });
});

/** A node of EXPLAIN (FORMAT JSON)'s plan tree, as far as these tests read it. */
interface PlanNode {
  "Node Type": string;
  "CTE Name"?: string;
  "Actual Loops": number;
  Plans?: PlanNode[];
}
