import { isValidRank } from "@talentlane/shared";
import pino from "pino";
import type { GraphQLTestClient } from "../../../test/graphql-client";
import { startTestServer, type TestServer } from "../../../test/test-server";
import { DEMO_COUNTS, DEMO_CREDENTIALS, DEMO_PASSWORD, DEMO_REFERENCE_DATE, seedDemoWorkspace } from "./demo-seed";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await seedDemoWorkspace(server.db.database.dataSource, pino({ level: "silent" }));
});
afterAll(async () => {
  await server.close();
});

/** Reads the database directly (as its owner): for tables the API does not serve yet and for whole-table checks. */
function sql<Row = Record<string, any>>(query: string, params: unknown[] = [], target: TestServer = server): Promise<Row[]> {
  return target.db.database.dataSource.query(query, params);
}

async function signIn(email: string): Promise<GraphQLTestClient> {
  const client = server.client();
  await client.login(email, DEMO_PASSWORD);
  return client;
}

describe("the demo workspace", () => {
  it("lets every demo user sign in with the README's credentials and the right role", async () => {
    expect(DEMO_CREDENTIALS.map((credential) => credential.role).sort()).toEqual(["ADMIN", "ANALYST", "HIRING_MANAGER", "RECRUITER", "RECRUITER"]);
    for (const credential of DEMO_CREDENTIALS) {
      const client = server.client();
      await client.login(credential.email, credential.password);
      const me = await client.expectData(`query { me { user { role } workspace { name } } }`);
      expect(me.me.user.role).toBe(credential.role);
    }
  });

  it("holds about 2,000 contacts, 300 companies and 10,000 interactions, with skills, employments and custom values", async () => {
    const recruiter = await signIn("recruiter@demo.talentlane.dev");
    const data = await recruiter.expectData(`query {
      contacts(first: 100) { totalCount nodes { skills { name } employments { companyName } customValues } }
      companies { totalCount }
      withVisa: contacts(filter: { customFields: [{ key: "visa_sponsorship_required", isEmpty: false }] }) { totalCount }
    }`);
    expect(data.contacts.totalCount).toBe(2000);
    expect(data.companies.totalCount).toBe(300);
    expect(data.withVisa.totalCount).toBeGreaterThan(100);
    expect(data.contacts.nodes.every((node: { skills: unknown[] }) => node.skills.length > 0)).toBe(true);
    expect(data.contacts.nodes.some((node: { employments: unknown[] }) => node.employments.length > 1)).toBe(true);
    const [{ interactions }] = await sql(`SELECT count(*) AS interactions FROM interaction`);
    expect(interactions).toBe(10000);
  });

  it("has 12 jobs, mostly open, one each on hold, closed, filled and in draft, each with its pipeline's stages", async () => {
    const recruiter = await signIn("recruiter@demo.talentlane.dev");
    const data = await recruiter.expectData(`query { jobs(first: 50) { totalCount nodes { title status openings openingsFilled stages { name } } } }`);
    expect(data.jobs.totalCount).toBe(DEMO_COUNTS.jobs);
    const statuses = data.jobs.nodes.map((job: { status: string }) => job.status).sort();
    expect(statuses).toEqual(["CLOSED", "DRAFT", "FILLED", "ON_HOLD", ...Array(8).fill("OPEN")]);
    const stagesOf = (title: string) => data.jobs.nodes.find((job: { title: string }) => job.title === title).stages.map((stage: { name: string }) => stage.name);
    expect(stagesOf("Account Executive")).toEqual(["Sourced", "Applied", "Phone screen", "Interview", "Offer", "Hired", "Rejected"]);
    expect(stagesOf("Senior Backend Engineer")).toContain("Take-home");
    const [templates] = await sql(`SELECT count(*) AS total, count(*) FILTER (WHERE is_default) AS defaults FROM pipeline_template`);
    expect(templates).toEqual({ total: 2, defaults: 1 });
  });

  it("has 3,000 applications, never two open ones of a contact on a job, and none on the draft job", async () => {
    const [counts] = await sql(`
      SELECT count(*) AS applications,
             count(DISTINCT (a.contact_id, a.job_id)) FILTER (WHERE a.status = 'ACTIVE') AS open_pairs,
             count(*) FILTER (WHERE a.status = 'ACTIVE') AS open,
             count(*) FILTER (WHERE j.status = 'DRAFT') AS on_drafts,
             count(*) FILTER (WHERE c.kind <> 'CANDIDATE') AS not_candidates
        FROM application a JOIN job j ON j.workspace_id = a.workspace_id AND j.id = a.job_id
        JOIN contact c ON c.workspace_id = a.workspace_id AND c.id = a.contact_id`);
    expect(counts.applications).toBe(DEMO_COUNTS.applications);
    expect(counts.open_pairs).toBe(counts.open);
    expect(counts.on_drafts).toBe(0);
    expect(counts.not_candidates).toBe(0);
  });

  it("shows the hiring manager only the jobs whose hiring team they are on", async () => {
    const manager = await signIn("hiring.manager@demo.talentlane.dev");
    const data = await manager.expectData(`query { jobs(first: 50) { totalCount nodes { title } } }`);
    expect(data.jobs.nodes.map((job: { title: string }) => job.title).sort()).toEqual([
      "Engineering Manager",
      "Mobile Engineer",
      "Senior Backend Engineer",
      "Senior Frontend Engineer",
    ]);
    expect(data.jobs.totalCount).toBe(4);
  });

  it("keeps every application's stage history consistent with the application", async () => {
    const [history] = await sql(
      `WITH ordered AS (
         SELECT t.*, row_number() OVER w AS n, count(*) OVER (PARTITION BY t.application_id) AS total,
                lag(t.to_stage_id) OVER w AS previous_to, lag(t.transitioned_at) OVER w AS previous_at
           FROM stage_transition t
         WINDOW w AS (PARTITION BY t.application_id ORDER BY t.transitioned_at, t.id))
       SELECT count(DISTINCT o.application_id) AS applications,
              count(*) FILTER (WHERE o.n = 1 AND (o.from_stage_id IS NOT NULL OR o.transitioned_at <> a.applied_at
                                                  OR o.reason <> 'Added to the job')) AS bad_first,
              count(*) FILTER (WHERE o.n > 1 AND (o.from_stage_id IS DISTINCT FROM o.previous_to OR o.transitioned_at <= o.previous_at)) AS bad_steps,
              count(*) FILTER (WHERE o.n = o.total AND (o.to_stage_id <> a.stage_id OR o.transitioned_at <> a.stage_entered_at)) AS bad_last,
              count(*) FILTER (WHERE o.job_id <> a.job_id OR s.job_id <> a.job_id) AS other_job,
              count(*) FILTER (WHERE o.transitioned_at > $1) AS after_reference,
              count(*) FILTER (WHERE o.by_id IS NULL) AS without_author,
              max(o.total) AS longest
         FROM ordered o
         JOIN application a ON a.workspace_id = o.workspace_id AND a.id = o.application_id
         JOIN stage s ON s.workspace_id = o.workspace_id AND s.id = o.to_stage_id`,
      [DEMO_REFERENCE_DATE],
    );
    expect(history).toEqual({
      applications: DEMO_COUNTS.applications,
      bad_first: 0,
      bad_steps: 0,
      bad_last: 0,
      other_job: 0,
      after_reference: 0,
      without_author: 0,
      longest: expect.any(Number),
    });
    expect(history.longest).toBeGreaterThanOrEqual(7);
    // Histories go back months, so time-in-stage reports have something to measure.
    const [{ earliest }] = await sql(`SELECT min(applied_at) AS earliest FROM application`);
    expect(DEMO_REFERENCE_DATE.getTime() - earliest.getTime()).toBeGreaterThan(180 * 86_400_000);
  });

  it("hires exactly openings_filled candidates per job into its Hired stage, and closes filled jobs", async () => {
    const jobs = await sql(`
      SELECT j.title, j.status, j.openings, j.openings_filled, j.closed_at,
             count(a.id) FILTER (WHERE a.status = 'HIRED') AS hired,
             count(a.id) FILTER (WHERE (a.status = 'HIRED') <> (s.category = 'HIRED')) AS misplaced,
             max(a.closed_at) FILTER (WHERE a.status = 'HIRED') AS last_hire
        FROM job j
        LEFT JOIN application a ON a.workspace_id = j.workspace_id AND a.job_id = j.id
        LEFT JOIN stage s ON s.workspace_id = a.workspace_id AND s.id = a.stage_id
       GROUP BY j.workspace_id, j.id`);
    for (const job of jobs) {
      expect({ title: job.title, hired: job.hired, misplaced: job.misplaced }).toEqual({ title: job.title, hired: job.openings_filled, misplaced: 0 });
      expect(job.openings_filled).toBeLessThanOrEqual(job.openings);
      expect(job.status === "FILLED").toBe(job.openings_filled === job.openings);
      expect(job.closed_at !== null).toBe(job.status === "FILLED" || job.status === "CLOSED");
      if (job.status === "FILLED") expect(job.closed_at).toEqual(job.last_hire);
    }
  });

  it("spreads applications over the funnel: many early, few late, most rejected with a reason, a few withdrawn", async () => {
    const rows = await sql<{ category: string; status: string; total: number }>(`
      SELECT s.category, a.status, count(*) AS total
        FROM application a JOIN stage s ON s.workspace_id = a.workspace_id AND s.id = a.stage_id GROUP BY 1, 2`);
    const count = (category: string | null, status: string) =>
      rows.filter((row) => (category === null || row.category === category) && row.status === status).reduce((sum, row) => sum + row.total, 0);
    expect(count("LEAD", "ACTIVE")).toBeGreaterThan(count("SCREEN", "ACTIVE"));
    expect(count("SCREEN", "ACTIVE")).toBeGreaterThan(count("INTERVIEW", "ACTIVE"));
    expect(count("INTERVIEW", "ACTIVE")).toBeGreaterThan(count("OFFER", "ACTIVE"));
    expect(count("OFFER", "ACTIVE")).toBeGreaterThan(0);
    expect(count("REJECTED", "REJECTED")).toBe(count(null, "REJECTED"));
    expect(count(null, "REJECTED")).toBeGreaterThan(DEMO_COUNTS.applications / 2);
    expect(count(null, "WITHDRAWN")).toBeGreaterThan(0);
    expect(count(null, "WITHDRAWN")).toBeLessThan(DEMO_COUNTS.applications * 0.05);
    expect(count("REJECTED", "WITHDRAWN") + count("HIRED", "WITHDRAWN")).toBe(0);

    const [reasons] = await sql(`
      SELECT count(DISTINCT reject_category) AS categories,
             count(*) FILTER (WHERE reject_category = 'OTHER' AND reject_note IS NULL) AS other_without_note,
             count(*) FILTER (WHERE status <> 'ACTIVE' AND closed_at IS NULL) AS closed_without_date,
             count(DISTINCT source) AS sources, count(credited_to_id) AS credited
        FROM application`);
    expect(reasons).toEqual({ categories: 9, other_without_note: 0, closed_without_date: 0, sources: 6, credited: expect.any(Number) });
    expect(reasons.credited).toBeGreaterThan(0);
  });

  it("ranks each column's cards with distinct, valid ranks", async () => {
    const columns = await sql<{ ranks: string[] }>(`
      SELECT array_agg(a.rank ORDER BY a.rank, a.id) AS ranks FROM application a GROUP BY a.workspace_id, a.stage_id`);
    for (const { ranks } of columns) {
      expect(new Set(ranks).size).toBe(ranks.length);
      expect(ranks.every(isValidRank)).toBe(true);
    }
  });

  it("puts a busy board with cards past their stage's SLA in front of the recruiter", async () => {
    const recruiter = await signIn("recruiter@demo.talentlane.dev");
    const { jobs } = await recruiter.expectData(`query { jobs(first: 50, search: "Senior Backend") { nodes { id title } } }`);
    const board = await recruiter.expectData(
      `query ($jobId: ID!) {
        pipelineBoard(jobId: $jobId) {
          columns { stage { name category slaDays } count cards(first: 5) { nodes { daysInStage isSlaBreached status contact { displayName } } } }
        }
      }`,
      { jobId: jobs.nodes[0].id },
    );
    const columns: Array<{ stage: { category: string; slaDays: number | null }; count: number; cards: { nodes: Array<{ isSlaBreached: boolean }> } }> =
      board.pipelineBoard.columns;
    expect(columns.reduce((sum, column) => sum + column.count, 0)).toBeGreaterThan(800);
    expect(columns.find((column) => column.stage.category === "REJECTED")!.count).toBeGreaterThan(300);
    expect(columns.some((column) => column.cards.nodes.some((card) => card.isSlaBreached))).toBe(true);

    // The board measures days from the clock; at the demo's reference date some active cards are past their SLA and
    // most are not.
    const [aging] = await sql(
      `SELECT count(*) FILTER (WHERE floor(extract(epoch FROM $1::timestamptz - a.stage_entered_at) / 86400) > s.sla_days) AS breached,
              count(*) FILTER (WHERE floor(extract(epoch FROM $1::timestamptz - a.stage_entered_at) / 86400) <= s.sla_days) AS within
         FROM application a
         JOIN stage s ON s.workspace_id = a.workspace_id AND s.id = a.stage_id
         JOIN job j ON j.workspace_id = a.workspace_id AND j.id = a.job_id
        WHERE a.status = 'ACTIVE' AND s.sla_days IS NOT NULL AND j.status = 'OPEN'`,
      [DEMO_REFERENCE_DATE],
    );
    expect(aging.breached).toBeGreaterThan(0);
    expect(aging.within).toBeGreaterThan(aging.breached);
  });

  it("has two static talent pools, a dynamic one and segments, with filters the contacts API accepts", async () => {
    const pools = await sql(`
      SELECT p.name, p.kind, p.filter, u.role AS owner_role, count(m.contact_id) AS members, count(m.note) AS notes
        FROM talent_pool p
        JOIN app_user u ON u.workspace_id = p.workspace_id AND u.id = p.owner_id
        LEFT JOIN pool_membership m ON m.workspace_id = p.workspace_id AND m.pool_id = p.id
       GROUP BY p.workspace_id, p.id, u.role ORDER BY members`);
    expect(pools).toHaveLength(DEMO_COUNTS.pools);
    expect(pools.map((pool) => [pool.kind, pool.members, pool.owner_role])).toEqual([
      ["DYNAMIC", 0, "RECRUITER"],
      ["STATIC", 40, "RECRUITER"],
      ["STATIC", 120, "RECRUITER"],
    ]);
    expect(pools.filter((pool) => pool.kind === "STATIC").every((pool) => pool.notes > 0 && pool.filter === null)).toBe(true);

    const segments = await sql(`
      SELECT s.name, s.visibility, s.filter, u.email AS owner FROM segment s JOIN app_user u ON u.workspace_id = s.workspace_id AND u.id = s.owner_id`);
    expect(segments.length).toBeGreaterThanOrEqual(3);
    expect(segments).toContainEqual(
      expect.objectContaining({ visibility: "WORKSPACE", filter: { customFields: [{ key: "visa_sponsorship_required", equalTo: true }] } }),
    );
    expect(segments).toContainEqual(expect.objectContaining({ visibility: "PRIVATE", owner: "recruiter@demo.talentlane.dev" }));

    const recruiter = await signIn("recruiter@demo.talentlane.dev");
    const filters = [...pools.filter((pool) => pool.kind === "DYNAMIC"), ...segments].map((saved) => saved.filter);
    for (const filter of filters) {
      const data = await recruiter.expectData(`query ($filter: ContactFilter) { contacts(filter: $filter) { totalCount } }`, { filter });
      expect(data.contacts.totalCount).toBeGreaterThan(10);
      expect(data.contacts.totalCount).toBeLessThan(DEMO_COUNTS.contacts / 2);
    }
  });

  it("is seeded once: a second run changes nothing", async () => {
    const counts = () => sql(`SELECT (SELECT count(*) FROM contact) AS contacts, (SELECT count(*) FROM application) AS applications`);
    const before = await counts();
    await seedDemoWorkspace(server.db.database.dataSource, pino({ level: "silent" }));
    expect(await counts()).toEqual(before);
  });

  it("is the same data every time", async () => {
    const again = await startTestServer();
    try {
      await seedDemoWorkspace(again.db.database.dataSource, pino({ level: "silent" }));
      const snapshot = async (target: TestServer) => ({
        contacts: await sql(`SELECT display_name, headline, skills FROM contact ORDER BY created_at, display_name LIMIT 50`, [], target),
        jobs: await sql(`SELECT title, status, opened_at, closed_at, openings_filled FROM job ORDER BY created_at, title`, [], target),
        applications: await sql(
          `SELECT md5(string_agg(concat_ws('|', j.title, s.name, c.display_name, a.status, a.rank, a.source, a.reject_category, a.reject_note,
                                           a.applied_at, a.stage_entered_at, a.closed_at), ',' ORDER BY j.title, s.position, a.rank)) AS digest
             FROM application a JOIN job j ON j.id = a.job_id JOIN stage s ON s.id = a.stage_id JOIN contact c ON c.id = a.contact_id`,
          [],
          target,
        ),
        transitions: await sql(
          `SELECT md5(string_agg(concat_ws('|', c.display_name, j.title, f.name, s.name, t.transitioned_at, t.reason, u.email), ','
                                 ORDER BY t.transitioned_at, c.display_name, j.title)) AS digest
             FROM stage_transition t JOIN application a ON a.id = t.application_id JOIN contact c ON c.id = a.contact_id
             JOIN job j ON j.id = t.job_id JOIN stage s ON s.id = t.to_stage_id LEFT JOIN stage f ON f.id = t.from_stage_id
             JOIN app_user u ON u.id = t.by_id`,
          [],
          target,
        ),
        pools: await sql(
          `SELECT p.name, p.kind, p.filter, array_agg(c.display_name ORDER BY c.display_name) AS members
             FROM talent_pool p LEFT JOIN pool_membership m ON m.pool_id = p.id LEFT JOIN contact c ON c.id = m.contact_id
            GROUP BY p.id, p.name, p.kind, p.filter ORDER BY p.name`,
          [],
          target,
        ),
        segments: await sql(`SELECT name, visibility, filter, created_at FROM segment ORDER BY name`, [], target),
      });
      expect(await snapshot(again)).toEqual(await snapshot(server));
    } finally {
      await again.close();
    }
  });
});
