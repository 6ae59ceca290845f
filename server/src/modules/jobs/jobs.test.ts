import { addUser, buildApplication, buildCompany, buildContact, buildJob, namesMatching, signUpWorkspace, type TestWorkspace } from "../../../test/factories";
import { startTestServer, type TestServer } from "../../../test/test-server";

let server: TestServer;
let workspace: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  workspace = await signUpWorkspace(server);
});
afterAll(async () => {
  await server.close();
});

const UPDATE = `mutation ($input: UpdateJobInput!) { updateJob(input: $input) { job { title status openings version hiringTeam { role user { id } } clientCompany { name } } } }`;

describe("jobs", () => {
  it("creates a job for a client with a hiring team and custom values", async () => {
    await workspace.admin.expectData(`mutation { defineCustomField(input: { entity: JOB, key: "fee_percent", label: "Fee %", type: NUMBER }) { customField { id } } }`);
    const client = await buildCompany(workspace.admin, { name: "Client Co" });
    const recruiter = await addUser(workspace, "RECRUITER");
    const job = await workspace.admin.expectData(
      `mutation ($input: CreateJobInput!) { createJob(input: $input) { job { title department location { city country } isRemote employmentType openings status openedAt customValues clientCompany { name } hiringTeam { role user { id } } } } }`,
      {
        input: {
          title: "Staff Engineer",
          department: "Platform",
          location: { city: "Lisbon", country: "pt" },
          isRemote: true,
          employmentType: "CONTRACT",
          openings: 2,
          status: "OPEN",
          clientCompanyId: client.id,
          hiringTeam: [{ userId: recruiter.userId, role: "RECRUITER" }, { userId: workspace.adminId, role: "HIRING_MANAGER" }],
          customValues: [{ key: "fee_percent", value: 20 }],
        },
      },
    );
    expect(job.createJob.job).toMatchObject({
      title: "Staff Engineer",
      location: { city: "Lisbon", country: "PT" },
      isRemote: true,
      employmentType: "CONTRACT",
      openings: 2,
      status: "OPEN",
      openedAt: expect.any(String),
      customValues: { fee_percent: 20 },
      clientCompany: { name: "Client Co" },
    });
    expect(job.createJob.job.hiringTeam).toHaveLength(2);
  });

  it("refuses openings below the hires made and a stale version", async () => {
    const job = await buildJob(workspace.admin, { openings: 2 });
    const contact = await buildContact(workspace.admin);
    const card = await buildApplication(workspace.admin, job.id, contact.id);
    const hired = job.stages.find((stage: { category: string }) => stage.category === "HIRED");
    await workspace.admin.expectData(`mutation ($input: MoveApplicationInput!) { moveApplication(input: $input) { job { openingsFilled } } }`, {
      input: { id: card.id, toStageId: hired.id },
    });
    const tooFew = await workspace.admin.expectError(UPDATE, { input: { id: job.id, openings: 0 } });
    expect(tooFew.extensions?.fields[0].path).toEqual(["input", "openings"]);
    const stale = await workspace.admin.expectError(UPDATE, { input: { id: job.id, expectedVersion: 1, title: "Renamed" } });
    expect(stale.extensions?.code).toBe("CONFLICT");
  });

  it("lists jobs by status, team member and title, hiding archived ones unless asked", async () => {
    const own = await signUpWorkspace(server);
    const recruiter = await addUser(own, "RECRUITER");
    await buildJob(own.admin, { title: "Open A", status: "OPEN", hiringTeam: [{ userId: recruiter.userId, role: "RECRUITER" }] });
    await buildJob(own.admin, { title: "Draft B", status: "DRAFT" });
    const archived = await buildJob(own.admin, { title: "Old C", status: "CLOSED" });
    await own.admin.expectData(`mutation ($id: ID!) { archiveJob(input: { id: $id }) { job { id } } }`, { id: archived.id });
    const titles = async (filter: Record<string, unknown>, search?: string) =>
      (await own.admin.expectData(`query ($filter: JobFilter, $search: String) { jobs(filter: $filter, search: $search, orderBy: TITLE_ASC) { nodes { title } } }`, { filter, search })).jobs.nodes.map(
        (node: { title: string }) => node.title,
      );
    expect(await titles({})).toEqual(["Draft B", "Open A"]);
    expect(await titles({ status: { equalTo: "OPEN" } })).toEqual(["Open A"]);
    expect(await titles({ hiringTeamMember: { equalTo: recruiter.userId } })).toEqual(["Open A"]);
    expect(await titles({ isArchived: true })).toEqual(["Old C"]);
    expect(await titles({}, "draft")).toEqual(["Draft B"]);
  });

  it("shows each job's stage counts in a fixed number of statements", async () => {
    const own = await signUpWorkspace(server);
    for (let index = 0; index < 3; index += 1) {
      const job = await buildJob(own.admin, { title: `Job ${index}` });
      for (let card = 0; card <= index; card += 1) await buildApplication(own.admin, job.id, (await buildContact(own.admin)).id);
    }
    const LIST = `query ($first: Int) { jobs(first: $first, orderBy: TITLE_ASC) { nodes { title stageCounts { count stage { name } } } } }`;
    const response = await own.admin.request(LIST, { first: 3 });
    expect(response.data!.jobs.nodes.map((job: any) => job.stageCounts[0])).toEqual([
      { count: 1, stage: { name: "Sourced" } },
      { count: 2, stage: { name: "Sourced" } },
      { count: 3, stage: { name: "Sourced" } },
    ]);
    const one = await own.admin.request(LIST, { first: 1 });
    expect(one.extensions?.sqlStatements).toBe(response.extensions?.sqlStatements);
  });

  it("creates pipeline templates that need HIRED and REJECTED stages, and copies them into jobs", async () => {
    const CREATE = `mutation ($input: CreatePipelineTemplateInput!) { createPipelineTemplate(input: $input) { pipelineTemplate { id name stages { name } } } }`;
    const incomplete = await workspace.admin.expectError(CREATE, { input: { name: "Bad", stages: [{ name: "A", category: "LEAD" }, { name: "B", category: "SCREEN" }] } });
    expect(incomplete.extensions?.fields.map((field: { path: unknown[] }) => field.path)).toEqual([["input", "stages"], ["input", "stages"]]);
    const template = (await workspace.admin.expectData(CREATE, {
      input: { name: "Short", stages: [{ name: "New", category: "LEAD" }, { name: "Yes", category: "HIRED" }, { name: "No", category: "REJECTED" }] },
    })).createPipelineTemplate.pipelineTemplate;
    const job = await buildJob(workspace.admin, { pipelineTemplateId: template.id });
    expect(job.stages.map((stage: { name: string }) => stage.name)).toEqual(["New", "Yes", "No"]);
  });
});

describe("filters on applications", () => {
  it("finds contacts by job, stage category, status, source and days in stage", async () => {
    const own = await signUpWorkspace(server);
    const job = await buildJob(own.admin);
    const other = await buildJob(own.admin);
    const [ann, bob, cid] = [await buildContact(own.admin, { displayName: "Ann" }), await buildContact(own.admin, { displayName: "Bob" }), await buildContact(own.admin, { displayName: "Cid" })];
    const annCard = await buildApplication(own.admin, job.id, ann.id, { source: "Referral" });
    await buildApplication(own.admin, job.id, bob.id, { source: "LinkedIn" });
    await buildApplication(own.admin, other.id, cid.id);
    const interview = job.stages.find((stage: { category: string }) => stage.category === "INTERVIEW");
    await own.admin.expectData(`mutation ($input: MoveApplicationInput!) { moveApplication(input: $input) { application { id } } }`, {
      input: { id: annCard.id, toStageId: interview.id },
    });
    expect(await namesMatching(own.admin, { applications: { some: { job: { equalTo: job.id } } } })).toEqual(["Ann", "Bob"]);
    expect(await namesMatching(own.admin, { applications: { some: { stageCategory: { equalTo: "INTERVIEW" } } } })).toEqual(["Ann"]);
    expect(await namesMatching(own.admin, { applications: { some: { source: { equalTo: "linkedin" } } } })).toEqual(["Bob"]);
    expect(await namesMatching(own.admin, { applications: { some: { status: { equalTo: "ACTIVE" }, daysInStage: { lessThan: 1 } } } })).toEqual(["Ann", "Bob", "Cid"]);
    expect(await namesMatching(own.admin, { applications: { some: { daysInStage: { greaterThan: 30 } } } })).toEqual([]);
    expect(await namesMatching(own.admin, { applications: { some: { appliedAt: { greaterThan: "2000-01-01T00:00:00Z" } }, none: { job: { equalTo: other.id } } } })).toEqual(["Ann", "Bob"]);
    const bad = await own.admin.expectError(`query ($f: ContactFilter) { contacts(filter: $f) { totalCount } }`, { f: { applications: { some: { job: { equalTo: ann.id } } } } });
    expect(bad.extensions?.fields[0].path).toEqual(["filter", "applications", "some", "job", "equalTo"]);
  });
});
