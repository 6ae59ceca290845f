import { buildCompany, signUpWorkspace, type TestWorkspace } from "../../../test/factories";
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

describe("companies", () => {
  it("stores the bare domain and refuses a domain another live company has", async () => {
    const company = await buildCompany(workspace.admin, { name: "Umbrella", domain: "https://www.Umbrella-Corp.example/careers" });
    expect(company.domain).toBe("umbrella-corp.example");
    const duplicate = await workspace.admin.expectError(`mutation { createCompany(input: { name: "Copycat", domain: "umbrella-corp.example" }) { company { id } } }`);
    expect(duplicate.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ path: ["input", "domain"] }] });
    await workspace.admin.expectData(`mutation ($id: ID!) { deleteCompany(input: { id: $id }) { company { deletedAt } } }`, { id: company.id });
    await buildCompany(workspace.admin, { name: "Successor", domain: "umbrella-corp.example" });
    const restore = await workspace.admin.expectError(`mutation ($id: ID!) { restoreCompany(input: { id: $id }) { company { id } } }`, { id: company.id });
    expect(restore.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("updates with optimistic concurrency", async () => {
    const company = await buildCompany(workspace.admin);
    const UPDATE = `mutation ($input: UpdateCompanyInput!) { updateCompany(input: $input) { company { industry version } } }`;
    const updated = await workspace.admin.expectData(UPDATE, { input: { id: company.id, expectedVersion: 1, industry: "Fintech" } });
    expect(updated.updateCompany.company).toEqual({ industry: "Fintech", version: 2 });
    const stale = await workspace.admin.expectError(UPDATE, { input: { id: company.id, expectedVersion: 1, industry: "Retail" } });
    expect(stale.extensions?.code).toBe("CONFLICT");
  });

  it("filters, searches and orders companies", async () => {
    const own = await signUpWorkspace(server);
    await buildCompany(own.admin, { name: "Zeta Robotics", industry: "Manufacturing", size: "SIZE_51_200" });
    await buildCompany(own.admin, { name: "Alpha Health", industry: "Healthcare", size: "SIZE_1001_5000" });
    await buildCompany(own.admin, { name: "Beta Health", industry: "healthcare", size: "SIZE_11_50" });
    const byIndustry = await own.admin.expectData(`query { companies(filter: { industry: { equalTo: "HEALTHCARE" } }, orderBy: NAME_DESC) { totalCount nodes { name } } }`);
    expect(byIndustry.companies).toEqual({ totalCount: 2, nodes: [{ name: "Beta Health" }, { name: "Alpha Health" }] });
    const searched = await own.admin.expectData(`query { companies(search: "robot") { nodes { name } } }`);
    expect(searched.companies.nodes).toEqual([{ name: "Zeta Robotics" }]);
    const bySize = await own.admin.expectData(`query { companies(filter: { or: [{ size: { equalTo: SIZE_11_50 } }, { name: { startsWith: "zeta" } }] }) { nodes { name } } }`);
    expect(bySize.companies.nodes.map((node: { name: string }) => node.name)).toEqual(["Beta Health", "Zeta Robotics"]);
  });
});
