import pino from "pino";
import { startTestServer, type TestServer } from "../../../test/test-server";
import { DEMO_CREDENTIALS, seedDemoWorkspace } from "./demo-seed";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await seedDemoWorkspace(server.db.database.dataSource, pino({ level: "silent" }));
});
afterAll(async () => {
  await server.close();
});

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
    const recruiter = server.client();
    await recruiter.login("recruiter@demo.talentlane.dev", "talentlane-demo");
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
    const [{ interactions }] = await server.db.database.dataSource.query(`SELECT count(*) AS interactions FROM interaction`);
    expect(interactions).toBe(10000);
  });

  it("is seeded once: a second run changes nothing", async () => {
    const before = await server.db.database.dataSource.query(`SELECT count(*) AS n FROM contact`);
    await seedDemoWorkspace(server.db.database.dataSource, pino({ level: "silent" }));
    const after = await server.db.database.dataSource.query(`SELECT count(*) AS n FROM contact`);
    expect(after).toEqual(before);
  });

  it("is the same data every time", async () => {
    const again = await startTestServer();
    try {
      await seedDemoWorkspace(again.db.database.dataSource, pino({ level: "silent" }));
      const names = (target: TestServer) =>
        target.db.database.dataSource.query(`SELECT display_name, headline, skills FROM contact ORDER BY created_at, display_name LIMIT 50`);
      expect(await names(again)).toEqual(await names(server));
    } finally {
      await again.close();
    }
  });
});
