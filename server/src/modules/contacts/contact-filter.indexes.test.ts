import type { ContactFilter, CustomFieldShape } from "@talentlane/shared";
import { FieldProblems } from "../../common/errors";
import type { FilterCompilation } from "../../common/filter-sql";
import { toGlobalId } from "../../common/global-id";
import { SqlParameters } from "../../common/sql";
import { withTenantTransaction } from "../../db/tenant-transaction";
import { insertContacts, signUpWorkspace, type TestWorkspace } from "../../../test/factories";
import { startTestServer, type TestServer } from "../../../test/test-server";
import { compileContactFilter } from "./contact-filter.sql";
import { contactSearch } from "./contact.sql";

let server: TestServer;
let workspace: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  workspace = await signUpWorkspace(server);
  await insertContacts(server, workspace.workspaceRawId, 2000);
  await server.db.database.dataSource.query(`ANALYZE contact`);
});
afterAll(async () => {
  await server.close();
});

const FIELDS: CustomFieldShape[] = [
  { key: "visa", label: "Visa", type: "BOOLEAN", options: [], isRequired: false },
  { key: "score", label: "Score", type: "NUMBER", options: [], isRequired: false },
];

/** The plan PostgreSQL picks for a filter when it may not scan the table, i.e. which index serves the filter. */
async function planFor(build: (params: SqlParameters, compilation: FilterCompilation) => string): Promise<string> {
  const compilation: FilterCompilation = {
    params: new SqlParameters([workspace.workspaceRawId]),
    workspaceParam: "$1",
    customFields: { CONTACT: new Map(FIELDS.map((field) => [field.key, field])), COMPANY: new Map() },
    problems: new FieldProblems(),
  };
  const condition = build(compilation.params, compilation);
  expect(compilation.problems.problems).toEqual([]);
  return withTenantTransaction(server.db.database.dataSource, workspace.workspaceRawId, async (manager) => {
    // No sequential scans, and every row read made as costly as reading thousands is on a large table, so the
    // planner prefers the index that answers the condition to reading the whole workspace.
    await manager.query(`SET LOCAL enable_seqscan = off`);
    await manager.query(`SET LOCAL cpu_tuple_cost = 1`);
    await manager.query(`SET LOCAL cpu_index_tuple_cost = 1`);
    const rows = await manager.query(
      `EXPLAIN SELECT c.id FROM contact c WHERE c.workspace_id = $1 AND c.deleted_at IS NULL AND ${condition}`,
      compilation.params.values,
    );
    return rows.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n");
  });
}

const filterPlan = (filter: ContactFilter) => planFor((_params, compilation) => compileContactFilter(filter, ["filter"], compilation));

/*
 * The population is 2,000 contacts none of which match the filters below, so an index that serves a filter is
 * the cheapest plan and the planner picks it, as it would in a large workspace.
 *
 * Every filter the API offers is served by an index (DESIGN.md: "an index behind every filter and sort"). With
 * sequential scans disabled, the plan must use the index meant for the filter, not just any index.
 */
describe("indexes behind the filters", () => {
  it.each<[string, ContactFilter, string | RegExp]>([
    ["skills", { skills: { allOf: [{ name: "Haskell" }] } }, "contact_facets_idx"],
    ["tags", { tags: { anyOf: ["x"] } }, "contact_facets_idx"],
    ["custom field equality", { customFields: [{ key: "visa", equalTo: true }] }, "contact_facets_idx"],
    ["custom field range", { customFields: [{ key: "score", greaterThan: 50 }] }, "contact_facets_idx"],
    ["name includes", { name: { includes: "lovelace" } }, "contact_display_name_trgm_idx"],
    ["email", { email: { includes: "@example" } }, "contact_email_trgm_idx"],
    ["phone", { phone: { includes: "5550" } }, "contact_phone_trgm_idx"],
    ["headline", { headline: { includes: "engineer" } }, "contact_headline_trgm_idx"],
    ["current title", { currentTitle: { startsWith: "staff" } }, "contact_title_trgm_idx"],
    ["past employer", { employments: { some: { companyName: { equalTo: "google" } } } }, "contact_employments_idx"],
    ["country", { location: { country: { equalTo: "DE" } } }, "contact_location_idx"],
    ["city", { location: { city: { equalTo: "Berlin" } } }, "contact_city_idx"],
    ["owner", { owner: { equalTo: toGlobalId("User", "0190b7a0-0000-7000-8000-000000000001") } }, "contact_owner_idx"],
    ["source", { source: { equalTo: "LinkedIn" } }, "contact_source_idx"],
    ["kind", { kind: { equalTo: "CLIENT_CONTACT" } }, "contact_kind_idx"],
    ["availability", { availabilityDate: { lessThan: "2027-01-01" } }, "contact_availability_idx"],
    ["work authorization", { workAuthorization: { equalTo: "EU citizen" } }, "contact_work_authorization_idx"],
    ["created", { createdAt: { greaterThan: "2030-01-01T00:00:00Z" } }, "contact_created_idx"],
    ["updated", { updatedAt: { greaterThan: "2030-01-01T00:00:00Z" } }, "contact_updated_idx"],
    ["years of experience", { yearsOfExperience: { greaterThan: 50 } }, "contact_experience_idx"],
  ])("serves %s from %s", async (_name, filter, index) => {
    const plan = await filterPlan(filter);
    if (typeof index === "string") expect(plan).toContain(index);
    else expect(plan).toMatch(index);
  });

  // Every contact here knows Go; none has a country, so a country condition would rightly go to the btree index.
  it("answers a pool filter's skills, tags and custom field in one index scan, not one bitmap each", async () => {
    const plan = await filterPlan({
      skills: { allOf: [{ name: "Go" }, { name: "Haskell" }] },
      tags: { anyOf: ["x"] },
      customFields: [{ key: "visa", equalTo: false }],
    });
    expect(plan.match(/Bitmap Index Scan/g)).toHaveLength(1);
    expect(plan).toContain("Bitmap Index Scan on contact_facets_idx");
    expect(plan).not.toContain("BitmapAnd");
    // Every one of the conditions is an index condition of that scan, none a filter on the rows it found.
    const lines = plan.split("\n");
    const indexCondition = lines[lines.findIndex((line) => line.includes("on contact_facets_idx")) + 1];
    for (const part of ["workspace_id =", "skills @>", "tag_ids &&", "custom_values @>"]) expect(indexCondition).toContain(part);
  });

  it("serves search from the full-text and trigram indexes", async () => {
    const plan = await planFor((params) => contactSearch(params.add("lovelace"), params.add("%lovelace%"), "lovelace").condition,
    );
    expect(plan).toContain("contact_search_idx");
    // The GIN trigram index on the name serves the substring and the fuzzy (word similarity) match.
    expect(plan).toContain("contact_display_name_trgm_idx");
    expect(plan).toContain("contact_email_trgm_idx");
  });
});
