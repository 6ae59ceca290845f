import { buildApplication, buildContact, buildJob, namesMatching, signUpWorkspace, type TestWorkspace } from "../../../test/factories";
import { startTestServer, type TestServer } from "../../../test/test-server";

let server: TestServer;
let workspace: TestWorkspace;
let people: Record<string, Record<string, any>>;

beforeAll(async () => {
  server = await startTestServer();
  workspace = await signUpWorkspace(server);
  people = {};
  const specs: Array<[string, Record<string, unknown>]> = [
    ["Ana Go", { skills: [{ name: "Go", level: 4 }], location: { country: "DE" }, yearsOfExperience: 6, customValues: [{ key: "visa_sponsorship_required", value: false }] }],
    ["Ben Go", { skills: [{ name: "Go", level: 2 }], location: { country: "DE" }, yearsOfExperience: 2 }],
    ["Cas Rust", { skills: [{ name: "Rust", level: 5 }, { name: "Go", level: 5 }], location: { country: "FR" }, yearsOfExperience: 9, tags: ["Silver medalist"] }],
    ["Dee Java", { skills: [{ name: "Java", level: 3 }], location: { country: "DE" }, yearsOfExperience: 12 }],
  ];
  for (const [displayName, input] of specs) people[displayName] = await buildContact(workspace.admin, { displayName, ...input });
});
afterAll(async () => {
  await server.close();
});

const CREATE_POOL = `mutation ($input: CreateTalentPoolInput!) { createTalentPool(input: $input) { talentPool { id kind filter } } }`;
const MEMBERS = `query ($id: ID!, $filter: ContactFilter) {
  talentPool(id: $id) { name members(filter: $filter, first: 50) { totalCount edges { addedAt note addedBy { id } node { displayName } } } }
}`;

describe("static talent pools", () => {
  it("adds members by id and by filter with who and why, and removes them", async () => {
    const pool = (await workspace.admin.expectData(CREATE_POOL, { input: { name: "Backend bench", kind: "STATIC" } })).createTalentPool.talentPool;
    const ADD = `mutation ($input: PoolMembersInput!) { addToTalentPool(input: $input) { affectedCount } }`;
    expect((await workspace.admin.expectData(ADD, { input: { poolId: pool.id, contactIds: [people["Dee Java"].id], note: "Great Java lead" } })).addToTalentPool.affectedCount).toBe(1);
    expect((await workspace.admin.expectData(ADD, { input: { poolId: pool.id, filter: { skills: { allOf: [{ name: "go" }] } } } })).addToTalentPool.affectedCount).toBe(3);
    expect((await workspace.admin.expectData(ADD, { input: { poolId: pool.id, contactIds: [people["Dee Java"].id] } })).addToTalentPool.affectedCount).toBe(0);
    const members = (await workspace.admin.expectData(MEMBERS, { id: pool.id })).talentPool.members;
    expect(members.totalCount).toBe(4);
    const dee = members.edges.find((edge: any) => edge.node.displayName === "Dee Java");
    expect(dee).toMatchObject({ note: "Great Java lead", addedBy: { id: workspace.adminId }, addedAt: expect.any(String) });
    const REMOVE = `mutation ($input: PoolMembersInput!) { removeFromTalentPool(input: $input) { affectedCount talentPool { id } } }`;
    expect((await workspace.admin.expectData(REMOVE, { input: { poolId: pool.id, filter: { location: { country: { equalTo: "FR" } } } } })).removeFromTalentPool.affectedCount).toBe(1);
    expect((await workspace.admin.expectData(MEMBERS, { id: pool.id })).talentPool.members.totalCount).toBe(3);
  });

  it("pages members by name both ways, each with who added it and why", async () => {
    const pool = (await workspace.admin.expectData(CREATE_POOL, { input: { name: "Everyone, paged", kind: "STATIC" } })).createTalentPool.talentPool;
    const ids = Object.values(people).map((person) => person.id);
    await workspace.admin.expectData(`mutation ($input: PoolMembersInput!) { addToTalentPool(input: $input) { affectedCount } }`, {
      input: { poolId: pool.id, contactIds: ids, note: "All of them" },
    });
    const PAGE = `query ($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
      talentPool(id: $id) { members(orderBy: NAME_ASC, first: $first, after: $after, last: $last, before: $before) {
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { note addedBy { id } node { displayName } } } }
    }`;
    const first = (await workspace.admin.expectData(PAGE, { id: pool.id, first: 3 })).talentPool.members;
    const rest = (await workspace.admin.expectData(PAGE, { id: pool.id, first: 3, after: first.pageInfo.endCursor })).talentPool.members;
    const names = (page: any) => page.edges.map((edge: any) => edge.node.displayName);
    expect([...names(first), ...names(rest)]).toEqual(["Ana Go", "Ben Go", "Cas Rust", "Dee Java"]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...rest.edges].every((edge: any) => edge.note === "All of them" && edge.addedBy.id === workspace.adminId)).toBe(true);
    const last = (await workspace.admin.expectData(PAGE, { id: pool.id, last: 3 })).talentPool.members;
    expect(names(last)).toEqual(["Ben Go", "Cas Rust", "Dee Java"]);
    const before = (await workspace.admin.expectData(PAGE, { id: pool.id, last: 3, before: last.pageInfo.startCursor })).talentPool.members;
    expect(names(before)).toEqual(["Ana Go"]);
  });

  it("narrows members by skills, location, experience, stage, tags and custom values together", async () => {
    const pool = (await workspace.admin.expectData(CREATE_POOL, { input: { name: "Everyone", kind: "STATIC" } })).createTalentPool.talentPool;
    await workspace.admin.expectData(`mutation ($input: PoolMembersInput!) { addToTalentPool(input: $input) { affectedCount } }`, {
      input: { poolId: pool.id, filter: {} },
    });
    const job = await buildJob(workspace.admin);
    const screen = job.stages.find((stage: { name: string }) => stage.name === "Phone screen");
    const application = await buildApplication(workspace.admin, job.id, people["Ana Go"].id);
    await workspace.admin.expectData(`mutation ($input: MoveApplicationInput!) { moveApplication(input: $input) { application { id } } }`, {
      input: { id: application.id, toStageId: screen.id },
    });
    const filter = {
      skills: { allOf: [{ name: "Go", minLevel: 3 }] },
      location: { country: { equalTo: "DE" } },
      yearsOfExperience: { greaterThanOrEqualTo: 5 },
      applications: { some: { stageCategory: { equalTo: "SCREEN" }, daysInStage: { lessThan: 1 } } },
      tags: { noneOf: ["Do not contact"] },
      customFields: [{ key: "visa_sponsorship_required", equalTo: false }],
    };
    const members = (await workspace.admin.expectData(MEMBERS, { id: pool.id, filter })).talentPool.members;
    expect(members.edges.map((edge: any) => edge.node.displayName)).toEqual(["Ana Go"]);
  });

  it("refuses to add members to a dynamic pool or two pools with one name", async () => {
    const dynamic = (await workspace.admin.expectData(CREATE_POOL, { input: { name: "Dyn", kind: "DYNAMIC", filter: { skills: { anyOf: [{ name: "Rust" }] } } } })).createTalentPool.talentPool;
    const error = await workspace.admin.expectError(`mutation ($input: PoolMembersInput!) { addToTalentPool(input: $input) { affectedCount } }`, {
      input: { poolId: dynamic.id, contactIds: [people["Ana Go"].id] },
    });
    expect(error.extensions?.fields[0].path).toEqual(["input", "poolId"]);
    const duplicate = await workspace.admin.expectError(CREATE_POOL, { input: { name: "dyn", kind: "STATIC" } });
    expect(duplicate.extensions?.fields[0].path).toEqual(["input", "name"]);
    const noFilter = await workspace.admin.expectError(CREATE_POOL, { input: { name: "No filter", kind: "DYNAMIC" } });
    expect(noFilter.extensions?.fields[0].path).toEqual(["input", "filter"]);
  });
});

describe("talentPools(search, kind)", () => {
  it("finds a pool past the first page by its name, and only pools of the kind asked for", async () => {
    const own = await signUpWorkspace(server);
    for (let index = 1; index <= 60; index += 1) {
      await own.admin.expectData(CREATE_POOL, { input: { name: `Bench ${String(index).padStart(3, "0")}`, kind: "STATIC" } });
    }
    await own.admin.expectData(CREATE_POOL, { input: { name: "Bench dynamic", kind: "DYNAMIC", filter: { kind: { equalTo: "CANDIDATE" } } } });
    const POOLS = `query ($search: String, $kind: PoolKind) { talentPools(first: 20, search: $search, kind: $kind) { totalCount nodes { name kind } } }`;
    const found = (await own.admin.expectData(POOLS, { search: "bench 05", kind: "STATIC" })).talentPools;
    expect(found.nodes.map((pool: { name: string }) => pool.name)).toEqual(Array.from({ length: 10 }, (_unused, index) => `Bench 05${index}`));
    expect((await own.admin.expectData(POOLS, { search: "BENCH", kind: "DYNAMIC" })).talentPools.nodes).toEqual([{ name: "Bench dynamic", kind: "DYNAMIC" }]);
    expect((await own.admin.expectData(POOLS, { search: "bench", kind: "STATIC" })).talentPools.totalCount).toBe(60);
    expect((await own.admin.expectData(POOLS, { search: "%" })).talentPools.totalCount).toBe(0);
  });
});

describe("dynamic talent pools", () => {
  it("computes members live from the saved filter", async () => {
    const pool = (await workspace.admin.expectData(CREATE_POOL, {
      input: { name: "German Go engineers", kind: "DYNAMIC", filter: { skills: { allOf: [{ name: "Go" }] }, location: { country: { equalTo: "DE" } } } },
    })).createTalentPool.talentPool;
    const before = (await workspace.admin.expectData(MEMBERS, { id: pool.id })).talentPool.members;
    expect(before.edges.map((edge: any) => edge.node.displayName).sort()).toEqual(["Ana Go", "Ben Go"]);
    expect(before.edges[0].addedAt).toBeNull();
    await buildContact(workspace.admin, { displayName: "Eli Go", skills: [{ name: "Go" }], location: { country: "DE" } });
    expect((await workspace.admin.expectData(MEMBERS, { id: pool.id })).talentPool.members.totalCount).toBe(3);
    expect(await namesMatching(workspace.admin, { pools: { anyOf: [pool.id] }, yearsOfExperience: { greaterThan: 3 } })).toEqual(["Ana Go"]);
  });
});

describe("segments", () => {
  const CREATE = `mutation ($input: CreateSegmentInput!) { createSegment(input: $input) { segment { id name visibility filter } } }`;

  it("saves a filter and uses it anywhere a filter goes", async () => {
    const segment = (await workspace.admin.expectData(CREATE, {
      input: { name: "Senior Go", filter: { skills: { allOf: [{ name: "Go", minLevel: 4 }] } }, visibility: "WORKSPACE" },
    })).createSegment.segment;
    expect(segment.filter).toEqual({ skills: { allOf: [{ name: "Go", minLevel: 4 }] } });
    const viaSegment = await workspace.admin.expectData(`query ($id: ID!) { segment(id: $id) { contacts(first: 10) { totalCount } } }`, { id: segment.id });
    expect(viaSegment.segment.contacts.totalCount).toBe(2);
    expect(await namesMatching(workspace.admin, { segments: { anyOf: [segment.id] }, location: { country: { equalTo: "FR" } } })).toEqual(["Cas Rust"]);
    expect(await namesMatching(workspace.admin, { segments: { noneOf: [segment.id] }, skills: { anyOf: [{ name: "Go" }] } })).toEqual(["Ben Go", "Eli Go"]);
  });

  it("applies a saved segment whose filter uses custom fields", async () => {
    const segment = (await workspace.admin.expectData(CREATE, {
      input: { name: "No visa needed", filter: { customFields: [{ key: "visa_sponsorship_required", equalTo: false }] }, visibility: "WORKSPACE" },
    })).createSegment.segment;
    expect(await namesMatching(workspace.admin, { segments: { anyOf: [segment.id] } })).toEqual(["Ana Go"]);
  });

  it("keeps private segments to their owner", async () => {
    const segment = (await workspace.admin.expectData(CREATE, { input: { name: "Mine", filter: { kind: { equalTo: "CANDIDATE" } } } })).createSegment.segment;
    expect(segment.visibility).toBe("PRIVATE");
    const email = `colleague-${Date.now()}@example.com`;
    await workspace.admin.expectData(`mutation { createUser(input: { email: "${email}", name: "C", role: RECRUITER, password: "correct horse battery staple" }) { user { id } } }`);
    const colleague = server.client();
    await colleague.login(email, "correct horse battery staple");
    expect((await colleague.expectError(`query ($id: ID!) { segment(id: $id) { id } }`, { id: segment.id })).extensions?.code).toBe("NOT_FOUND");
    const usedInFilter = await colleague.expectError(`query ($f: ContactFilter) { contacts(filter: $f) { totalCount } }`, { f: { segments: { anyOf: [segment.id] } } });
    expect(usedInFilter.extensions?.fields[0].path).toEqual(["filter", "segments", "anyOf", 0]);
  });

  it("refuses a segment that refers to itself through another, and deleting one in use", async () => {
    const first = (await workspace.admin.expectData(CREATE, { input: { name: "First", filter: { kind: { equalTo: "CANDIDATE" } }, visibility: "WORKSPACE" } })).createSegment.segment;
    const second = (await workspace.admin.expectData(CREATE, { input: { name: "Second", filter: { segments: { anyOf: [first.id] } }, visibility: "WORKSPACE" } })).createSegment.segment;
    const loop = await workspace.admin.expectError(`mutation ($input: UpdateSegmentInput!) { updateSegment(input: $input) { segment { id } } }`, {
      input: { id: first.id, filter: { segments: { anyOf: [second.id] } } },
    });
    expect(loop.extensions?.code).toBe("BAD_USER_INPUT");
    const inUse = await workspace.admin.expectError(`mutation ($id: ID!) { deleteSegment(input: { id: $id }) { segment { id } } }`, { id: first.id });
    expect(inUse.extensions?.fields[0].path).toEqual(["input", "id"]);
    expect(inUse.message).toContain("Second");
  });
});
