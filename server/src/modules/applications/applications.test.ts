import { addUser, APPLICATION_FIELDS, buildApplication, buildContact, buildJob, signUpWorkspace, type TestWorkspace } from "../../../test/factories";
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

const MOVE = `mutation ($input: MoveApplicationInput!) {
  moveApplication(input: $input) {
    application { ${APPLICATION_FIELDS} history { fromStage { name } toStage { name } reason by { id } } }
    fromStage { id name } toStage { id name }
    job { status openingsFilled }
  }
}`;
const COLUMN = `query ($jobId: ID!) { pipelineBoard(jobId: $jobId) { columns { stage { name } count cards { nodes { contact { displayName } } } } } }`;

async function boardColumns(jobId: string): Promise<Record<string, string[]>> {
  const data = await workspace.admin.expectData(COLUMN, { jobId });
  return Object.fromEntries(
    data.pipelineBoard.columns.map((column: any) => [column.stage.name, column.cards.nodes.map((card: any) => card.contact.displayName)]),
  );
}

async function jobWithCards(names: string[]) {
  const job = await buildJob(workspace.admin);
  const stage = (name: string) => job.stages.find((candidate: { name: string }) => candidate.name === name);
  const cards: Record<string, any> = {};
  for (const name of names) {
    const contact = await buildContact(workspace.admin, { displayName: name });
    cards[name] = await buildApplication(workspace.admin, job.id, contact.id);
  }
  return { job, stage, cards };
}

describe("jobs and pipelines", () => {
  it("copies the default pipeline into a new job", async () => {
    const job = await buildJob(workspace.admin);
    expect(job.stages.map((stage: { name: string; category: string }) => [stage.name, stage.category])).toEqual([
      ["Sourced", "LEAD"],
      ["Applied", "LEAD"],
      ["Phone screen", "SCREEN"],
      ["Interview", "INTERVIEW"],
      ["Offer", "OFFER"],
      ["Hired", "HIRED"],
      ["Rejected", "REJECTED"],
    ]);
  });

  it("adds, renames, reorders and removes stages, moving a removed stage's cards", async () => {
    const { job, stage, cards } = await jobWithCards(["Ann", "Bob"]);
    const added = await workspace.admin.expectData(`mutation ($input: AddStageInput!) { addStage(input: $input) { stage { id name position } } }`, {
      input: { jobId: job.id, name: "Take-home", category: "INTERVIEW", slaDays: 4, position: 3 },
    });
    expect(added.addStage.stage).toMatchObject({ name: "Take-home", position: 3 });
    await workspace.admin.expectData(`mutation ($input: UpdateStageInput!) { updateStage(input: $input) { stage { name } } }`, {
      input: { id: stage("Interview").id, name: "Onsite" },
    });
    const order = [stage("Applied"), stage("Sourced"), ...job.stages.slice(2)].map((item: { id: string }) => item.id);
    order.splice(3, 0, added.addStage.stage.id);
    const reordered = await workspace.admin.expectData(`mutation ($input: ReorderStagesInput!) { reorderStages(input: $input) { stages { name } } }`, {
      input: { jobId: job.id, stageIds: order },
    });
    expect(reordered.reorderStages.stages.map((item: { name: string }) => item.name).slice(0, 4)).toEqual(["Applied", "Sourced", "Phone screen", "Take-home"]);
    const removed = await workspace.admin.expectData(`mutation ($input: RemoveStageInput!) { removeStage(input: $input) { stages { name } } }`, {
      input: { id: stage("Sourced").id, moveApplicationsToStageId: stage("Phone screen").id },
    });
    expect(removed.removeStage.stages.map((item: { name: string }) => item.name)).not.toContain("Sourced");
    expect((await boardColumns(job.id))["Phone screen"]).toEqual(["Ann", "Bob"]);
    const history = await workspace.admin.expectData(`query ($id: ID!) { application(id: $id) { history { fromStage { name } toStage { name } reason } } }`, {
      id: cards.Ann.id,
    });
    expect(history.application.history[1]).toEqual({ fromStage: { name: "Sourced" }, toStage: { name: "Phone screen" }, reason: 'Stage "Sourced" was removed' });
  });

  it("refuses to sweep a stage's cards into the Rejected stage", async () => {
    const { stage } = await jobWithCards(["Cid"]);
    const error = await workspace.admin.expectError(`mutation ($input: RemoveStageInput!) { removeStage(input: $input) { stages { name } } }`, {
      input: { id: stage("Sourced").id, moveApplicationsToStageId: stage("Rejected").id },
    });
    expect(error.extensions?.fields[0].path).toEqual(["input", "moveApplicationsToStageId"]);
  });
});

describe("moving cards", () => {
  it("moves a card to another stage after a card, records the history and keeps rank order", async () => {
    const { job, stage, cards } = await jobWithCards(["Ann", "Bob", "Cat"]);
    await workspace.admin.expectData(MOVE, { input: { id: cards.Ann.id, toStageId: stage("Phone screen").id } });
    const moved = (await workspace.admin.expectData(MOVE, { input: { id: cards.Cat.id, toStageId: stage("Phone screen").id, afterId: cards.Ann.id, reason: "Strong CV" } }))
      .moveApplication;
    expect(moved.fromStage.name).toBe("Sourced");
    expect(moved.toStage.name).toBe("Phone screen");
    expect(moved.application.history.map((entry: any) => [entry.fromStage?.name ?? null, entry.toStage.name, entry.reason])).toEqual([
      [null, "Sourced", "Added to the job"],
      ["Sourced", "Phone screen", "Strong CV"],
    ]);
    await workspace.admin.expectData(MOVE, { input: { id: cards.Bob.id, toStageId: stage("Phone screen").id, beforeId: cards.Ann.id } });
    const columns = await boardColumns(job.id);
    expect(columns["Phone screen"]).toEqual(["Bob", "Ann", "Cat"]);
    expect(columns.Sourced).toEqual([]);
    // Reordering within a column changes the rank, not the history.
    const reordered = (await workspace.admin.expectData(MOVE, { input: { id: cards.Bob.id, toStageId: stage("Phone screen").id, afterId: cards.Cat.id } }))
      .moveApplication.application;
    expect(reordered.history).toHaveLength(2);
    expect((await boardColumns(job.id))["Phone screen"]).toEqual(["Ann", "Cat", "Bob"]);
  });

  it("answers a move with the card and the job as a later read finds them, without reading them back", async () => {
    const job = await buildJob(workspace.admin, { openings: 1 });
    const stage = (category: string) => job.stages.find((candidate: { category: string }) => candidate.category === category);
    const card = await buildApplication(workspace.admin, job.id, (await buildContact(workspace.admin, { displayName: "Jo" })).id);
    const CARD = `id rank status version daysInStage isSlaBreached stageEnteredAt closedAt updatedAt appliedAt createdAt source
      stage { id name category slaDays } rejectReason { category note } contact { id displayName } history { toStage { name } }`;
    const JOB = `id status openings openingsFilled version updatedAt closedAt isArchived title`;
    const MOVE_ALL = `mutation ($input: MoveApplicationInput!) {
      moveApplication(input: $input) { application { ${CARD} } fromStage { id name } toStage { id name slaDays } job { ${JOB} } } }`;
    const READ = `query ($id: ID!, $jobId: ID!) { node(id: $id) { ... on Application { ${CARD} } } job(id: $jobId) { ${JOB} } }`;
    // Into an interview stage (an ordinary move), then to Hired (the job's openings and status change too).
    for (const [category, expectedStatus] of [["INTERVIEW", "ACTIVE"], ["HIRED", "HIRED"]]) {
      const response = await workspace.admin.request(MOVE_ALL, { input: { id: card.id, toStageId: stage(category).id } });
      expect(response.errors).toBeUndefined();
      const moved = response.data!.moveApplication;
      const read = await workspace.admin.expectData(READ, { id: card.id, jobId: job.id });
      expect(moved.application).toEqual(read.node);
      expect(moved.job).toEqual(read.job);
      expect(moved.toStage).toEqual({ id: stage(category).id, name: stage(category).name, slaDays: stage(category).slaDays });
      expect(moved.application.status).toBe(expectedStatus);
      // The visibility check, the job, stage and card locks, the column's last rank, the card's update (and the job's,
      // on hire), the history row, then what the answer asks for that the move did not touch: the stage it left, the
      // contact, the history (and, the second time, the first stage it names). The card and the job are not read back.
      expect(response.extensions?.sqlStatements).toBe(category === "HIRED" ? 12 : 10);
    }
    expect((await workspace.admin.expectData(READ, { id: card.id, jobId: job.id })).job).toMatchObject({ status: "FILLED", openingsFilled: 1 });
  });

  it("refuses a stale version with CONFLICT and the current state, moving nothing", async () => {
    const { job, stage, cards } = await jobWithCards(["Dan"]);
    await workspace.admin.expectData(MOVE, { input: { id: cards.Dan.id, toStageId: stage("Applied").id, expectedVersion: cards.Dan.version } });
    const stale = await workspace.admin.expectError(MOVE, { input: { id: cards.Dan.id, toStageId: stage("Interview").id, expectedVersion: cards.Dan.version } });
    expect(stale.extensions?.code).toBe("CONFLICT");
    expect(stale.extensions?.current).toMatchObject({ stageEnteredAt: expect.any(String), version: cards.Dan.version + 1, stageId: stage("Applied").id });
    expect(JSON.stringify(stale.extensions)).not.toMatch(/rawId|RawId/);
    expect((await boardColumns(job.id)).Applied).toEqual(["Dan"]);
  });

  it("lets exactly one of two concurrent moves of the same card win", async () => {
    const { job, stage, cards } = await jobWithCards(["Eve"]);
    const results = await Promise.all(
      ["Phone screen", "Interview"].map((name) =>
        workspace.admin.request(MOVE, { input: { id: cards.Eve.id, toStageId: stage(name).id, expectedVersion: cards.Eve.version } }),
      ),
    );
    const codes = results.map((result) => result.errors?.[0].extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
    const columns = await boardColumns(job.id);
    expect([...columns["Phone screen"], ...columns.Interview]).toEqual(["Eve"]);
  });

  it("needs a reason to reject, and keeps it", async () => {
    const { stage, cards } = await jobWithCards(["Fay"]);
    const missing = await workspace.admin.expectError(MOVE, { input: { id: cards.Fay.id, toStageId: stage("Rejected").id } });
    expect(missing.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ path: ["input", "rejectReason"] }] });
    const noNote = await workspace.admin.expectError(MOVE, { input: { id: cards.Fay.id, toStageId: stage("Rejected").id, rejectReason: { category: "OTHER" } } });
    expect(noNote.extensions?.fields[0].path).toEqual(["input", "rejectReason", "note"]);
    const rejected = (await workspace.admin.expectData(MOVE, {
      input: { id: cards.Fay.id, toStageId: stage("Rejected").id, rejectReason: { category: "SKILLS", note: "No Go experience" } },
    })).moveApplication.application;
    expect(rejected).toMatchObject({ status: "REJECTED", rejectReason: { category: "SKILLS", note: "No Go experience" } });
  });

  it("fills openings on hire and makes the job FILLED when the last one is", async () => {
    const job = await buildJob(workspace.admin, { openings: 2 });
    const hired = job.stages.find((candidate: { category: string }) => candidate.category === "HIRED");
    const apps = [];
    for (const name of ["Gus", "Hal", "Ida"]) apps.push(await buildApplication(workspace.admin, job.id, (await buildContact(workspace.admin, { displayName: name })).id));
    const first = (await workspace.admin.expectData(MOVE, { input: { id: apps[0].id, toStageId: hired.id } })).moveApplication;
    expect(first.job).toEqual({ status: "OPEN", openingsFilled: 1 });
    expect(first.application.status).toBe("HIRED");
    const second = (await workspace.admin.expectData(MOVE, { input: { id: apps[1].id, toStageId: hired.id } })).moveApplication;
    expect(second.job).toEqual({ status: "FILLED", openingsFilled: 2 });
    const third = await workspace.admin.expectError(MOVE, { input: { id: apps[2].id, toStageId: hired.id } });
    expect(third.extensions?.fields[0].path).toEqual(["input", "toStageId"]);
    const undone = (await workspace.admin.expectData(MOVE, { input: { id: apps[0].id, toStageId: job.stages[4].id } })).moveApplication;
    expect(undone.job).toEqual({ status: "OPEN", openingsFilled: 1 });
    expect(undone.application.status).toBe("ACTIVE");
  });

  it("refuses a stage of another job, a neighbour from another column and an archived job, changing nothing", async () => {
    const { job, stage, cards } = await jobWithCards(["Jon", "Kim"]);
    const other = await buildJob(workspace.admin);
    const foreignStage = await workspace.admin.expectError(MOVE, { input: { id: cards.Jon.id, toStageId: other.stages[1].id } });
    expect(foreignStage.extensions?.fields[0].path).toEqual(["input", "toStageId"]);
    const foreignNeighbour = await workspace.admin.expectError(MOVE, { input: { id: cards.Jon.id, toStageId: stage("Applied").id, afterId: cards.Kim.id } });
    expect(foreignNeighbour.extensions?.fields[0].path).toEqual(["input", "afterId"]);
    await workspace.admin.expectData(`mutation ($id: ID!) { archiveJob(input: { id: $id }) { job { isArchived } } }`, { id: job.id });
    const archived = await workspace.admin.expectError(MOVE, { input: { id: cards.Jon.id, toStageId: stage("Applied").id } });
    expect(archived.extensions?.code).toBe("BAD_USER_INPUT");
    await workspace.admin.expectData(`mutation ($id: ID!) { unarchiveJob(input: { id: $id }) { job { isArchived } } }`, { id: job.id });
    expect((await boardColumns(job.id)).Sourced).toEqual(["Jon", "Kim"]);
  });
});

describe("adding candidates", () => {
  it("refuses a second open application for the same contact and job", async () => {
    const job = await buildJob(workspace.admin);
    const contact = await buildContact(workspace.admin);
    await buildApplication(workspace.admin, job.id, contact.id);
    const error = await workspace.admin.expectError(`mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { application { id } } }`, {
      input: { jobId: job.id, contactId: contact.id },
    });
    expect(error.extensions?.fields[0].path).toEqual(["input", "contactId"]);
  });

  it("adds many contacts by filter, skipping those already on the job", async () => {
    const own = await signUpWorkspace(server);
    const job = await buildJob(own.admin);
    const existing = await buildContact(own.admin, { displayName: "Already On", location: { country: "PT" } });
    await buildApplication(own.admin, job.id, existing.id);
    for (const name of ["Lia", "Max"]) await buildContact(own.admin, { displayName: name, location: { country: "PT" } });
    await buildContact(own.admin, { displayName: "Elsewhere", location: { country: "ES" } });
    const result = await own.admin.expectData(`mutation ($input: AddContactsToJobInput!) { addContactsToJob(input: $input) { addedCount skippedCount applications { contact { displayName } } } }`, {
      input: { jobId: job.id, filter: { location: { country: { equalTo: "PT" } } }, source: "Sourcing campaign" },
    });
    expect(result.addContactsToJob).toMatchObject({ addedCount: 2, skippedCount: 1 });
    const board = await own.admin.expectData(COLUMN, { jobId: job.id });
    expect(board.pipelineBoard.columns[0].cards.nodes.map((card: any) => card.contact.displayName)).toEqual(["Already On", "Lia", "Max"]);
  });
});

describe("bulk actions", () => {
  it("rejects, withdraws and reopens many applications", async () => {
    const { job, cards } = await jobWithCards(["Ned", "Ola", "Pam"]);
    const REJECT = `mutation ($input: BulkRejectApplicationsInput!) { rejectApplications(input: $input) { applications { status stage { name } } } }`;
    const rejected = await workspace.admin.expectData(REJECT, { input: { applicationIds: [cards.Ned.id, cards.Ola.id], rejectReason: { category: "EXPERIENCE" } } });
    expect(rejected.rejectApplications.applications).toEqual([
      { status: "REJECTED", stage: { name: "Rejected" } },
      { status: "REJECTED", stage: { name: "Rejected" } },
    ]);
    const withdrawn = await workspace.admin.expectData(`mutation ($input: BulkApplicationsInput!) { withdrawApplications(input: $input) { applications { status } } }`, {
      input: { applicationIds: [cards.Pam.id] },
    });
    expect(withdrawn.withdrawApplications.applications).toEqual([{ status: "WITHDRAWN" }]);
    expect((await boardColumns(job.id)).Sourced).toEqual([]);
    const reopened = await workspace.admin.expectData(`mutation ($input: BulkApplicationsInput!) { reopenApplications(input: $input) { applications { status stage { name } } } }`, {
      input: { applicationIds: [cards.Ned.id, cards.Pam.id] },
    });
    expect(reopened.reopenApplications.applications).toEqual([
      { status: "ACTIVE", stage: { name: "Sourced" } },
      { status: "ACTIVE", stage: { name: "Sourced" } },
    ]);
  });
});

describe("hiring managers", () => {
  it("see and move only the candidates of jobs whose hiring team they are on", async () => {
    const own = await signUpWorkspace(server);
    const manager = await addUser(own, "HIRING_MANAGER");
    const theirs = await buildJob(own.admin, { title: "Their job", hiringTeam: [{ userId: manager.userId, role: "HIRING_MANAGER" }] });
    const notTheirs = await buildJob(own.admin, { title: "Another job" });
    const visible = await buildContact(own.admin, { displayName: "On their job" });
    const hidden = await buildContact(own.admin, { displayName: "On another job" });
    const card = await buildApplication(own.admin, theirs.id, visible.id);
    const hiddenCard = await buildApplication(own.admin, notTheirs.id, hidden.id);
    await buildContact(own.admin, { displayName: "On no job" });

    const seen = await manager.client.expectData(`query { jobs { nodes { title } } contacts { totalCount nodes { displayName } } }`);
    expect(seen.jobs.nodes).toEqual([{ title: "Their job" }]);
    expect(seen.contacts).toEqual({ totalCount: 1, nodes: [{ displayName: "On their job" }] });
    expect((await manager.client.expectError(`query ($id: ID!) { pipelineBoard(jobId: $id) { job { id } } }`, { id: notTheirs.id })).extensions?.code).toBe("NOT_FOUND");
    expect((await manager.client.expectError(MOVE, { input: { id: hiddenCard.id, toStageId: notTheirs.stages[1].id } })).extensions?.code).toBe("NOT_FOUND");
    const moved = await manager.client.expectData(MOVE, { input: { id: card.id, toStageId: theirs.stages[2].id } });
    expect(moved.moveApplication.toStage.id).toBe(theirs.stages[2].id);
  });
});
