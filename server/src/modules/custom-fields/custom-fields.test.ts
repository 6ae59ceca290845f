import { buildCompany, buildContact, signUpWorkspace, type TestWorkspace } from "../../../test/factories";
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

const DEFINE = `mutation ($input: DefineCustomFieldInput!) { defineCustomField(input: $input) { customField { id key type options { value label isArchived } isRequired isArchived } } }`;
const SET = `mutation ($input: SetCustomValuesInput!) { setCustomValues(input: $input) { record { customValues ... on Contact { version } } } }`;

describe("custom field definitions", () => {
  it("starts every workspace with the five fields recruiters ask for", async () => {
    const data = await workspace.admin.expectData(`query { customFieldDefinitions(entity: CONTACT) { key label type options { value } } }`);
    expect(data.customFieldDefinitions.map((field: { key: string; type: string }) => [field.key, field.type])).toEqual([
      ["visa_sponsorship_required", "BOOLEAN"],
      ["desired_start_date", "DATE"],
      ["referral_source", "SINGLE_SELECT"],
      ["psychometric_test_scores", "NUMBER"],
      ["candidate_availability", "SINGLE_SELECT"],
    ]);
    expect(data.customFieldDefinitions[4].options.map((option: { value: string }) => option.value)).toContain("immediately");
  });

  it("defines, updates and archives a field; keys are unique per entity", async () => {
    const created = (await workspace.admin.expectData(DEFINE, {
      input: { entity: COMPANY_ENTITY, key: "tier", label: "Tier", type: "SINGLE_SELECT", options: [{ value: "gold", label: "Gold" }, { value: "silver", label: "Silver" }] },
    })).defineCustomField.customField;
    expect(created.key).toBe("tier");
    const duplicate = await workspace.admin.expectError(DEFINE, { input: { entity: COMPANY_ENTITY, key: "tier", label: "Again", type: "TEXT" } });
    expect(duplicate.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ path: ["input", "key"] }] });
    const removal = await workspace.admin.expectError(`mutation ($id: ID!) { updateCustomField(input: { id: $id, options: [{ value: "gold", label: "Gold" }] }) { customField { id } } }`, { id: created.id });
    expect(removal.extensions?.fields[0].path).toEqual(["input", "options"]);
    const archivedOption = await workspace.admin.expectData(
      `mutation ($id: ID!) { updateCustomField(input: { id: $id, label: "Client tier", options: [{ value: "gold", label: "Gold" }, { value: "silver", label: "Silver", isArchived: true }] }) { customField { options { value isArchived } } } }`,
      { id: created.id },
    );
    expect(archivedOption.updateCustomField.customField.options).toEqual([{ value: "gold", isArchived: false }, { value: "silver", isArchived: true }]);
    await workspace.admin.expectData(`mutation ($id: ID!) { archiveCustomField(input: { id: $id }) { customField { isArchived } } }`, { id: created.id });
    const active = await workspace.admin.expectData(`query { customFieldDefinitions(entity: COMPANY) { key } }`);
    expect(active.customFieldDefinitions).toEqual([]);
  });

  it("refuses a bad key, a select without options and options on a text field", async () => {
    expect((await workspace.admin.expectError(DEFINE, { input: { entity: "CONTACT", key: "Bad Key", label: "x", type: "TEXT" } })).extensions?.fields[0].path).toEqual(["input", "key"]);
    expect((await workspace.admin.expectError(DEFINE, { input: { entity: "CONTACT", key: "empty_select", label: "x", type: "SINGLE_SELECT" } })).extensions?.fields[0].path).toEqual(["input", "options"]);
    expect((await workspace.admin.expectError(DEFINE, { input: { entity: "CONTACT", key: "text_opts", label: "x", type: "TEXT", options: [{ value: "a", label: "A" }] } })).extensions?.fields[0].path).toEqual(["input", "options"]);
  });

  it("lets only admins define fields", async () => {
    const other = await signUpWorkspace(server);
    const recruiterEmail = `r-${Date.now()}@example.com`;
    await other.admin.expectData(`mutation { createUser(input: { email: "${recruiterEmail}", name: "R", role: RECRUITER, password: "correct horse battery staple" }) { user { id } } }`);
    const recruiter = server.client();
    await recruiter.login(recruiterEmail, "correct horse battery staple");
    const error = await recruiter.expectError(DEFINE, { input: { entity: "CONTACT", key: "nope", label: "x", type: "TEXT" } });
    expect(error.extensions?.code).toBe("FORBIDDEN");
  });
});

const COMPANY_ENTITY = "COMPANY";

describe("custom values", () => {
  it("stores values that fit their field and refuses the rest, changing nothing", async () => {
    const contact = await buildContact(workspace.admin);
    const stored = await workspace.admin.expectData(SET, {
      input: {
        recordId: contact.id,
        values: [
          { key: "visa_sponsorship_required", value: true },
          { key: "desired_start_date", value: "2027-03-01" },
          { key: "referral_source", value: "linkedin" },
          { key: "psychometric_test_scores", value: 88.5 },
        ],
      },
    });
    expect(stored.setCustomValues.record.customValues).toEqual({
      visa_sponsorship_required: true,
      desired_start_date: "2027-03-01",
      referral_source: "linkedin",
      psychometric_test_scores: 88.5,
    });
    const bad = await workspace.admin.request(SET, {
      input: {
        recordId: contact.id,
        values: [
          { key: "psychometric_test_scores", value: "high" },
          { key: "desired_start_date", value: "2027-13-01" },
          { key: "referral_source", value: "carrier_pigeon" },
          { key: "no_such_field", value: 1 },
          { key: "visa_sponsorship_required", value: false },
        ],
      },
    });
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors![0].extensions!.fields.map((field: { path: unknown[] }) => field.path)).toEqual([
      ["input", "values", 0, "value"],
      ["input", "values", 1, "value"],
      ["input", "values", 2, "value"],
      ["input", "values", 3, "key"],
    ]);
    const reread = await workspace.admin.expectData(`query ($id: ID!) { contact(id: $id) { customValues version } }`, { id: contact.id });
    expect(reread.contact.customValues.visa_sponsorship_required).toBe(true);
    expect(reread.contact.version).toBe(2);
  });

  it("clears a value with null and validates USER, URL, CURRENCY and MULTI_SELECT fields", async () => {
    const definitions = [
      { key: "recruiter_of_record", type: "USER" },
      { key: "portfolio", type: "URL" },
      { key: "current_salary", type: "CURRENCY" },
      { key: "shifts", type: "MULTI_SELECT", options: [{ value: "day", label: "Day" }, { value: "night", label: "Night" }] },
    ];
    for (const definition of definitions) {
      await workspace.admin.expectData(DEFINE, { input: { entity: "CONTACT", label: definition.key, ...definition } });
    }
    const contact = await buildContact(workspace.admin);
    const ok = await workspace.admin.expectData(SET, {
      input: {
        recordId: contact.id,
        values: [
          { key: "recruiter_of_record", value: workspace.adminId },
          { key: "portfolio", value: "https://example.com/me" },
          { key: "current_salary", value: { amount: 85000, currency: "eur" } },
          { key: "shifts", value: ["night", "day", "night"] },
        ],
      },
    });
    expect(ok.setCustomValues.record.customValues).toMatchObject({ current_salary: { amount: 85000, currency: "EUR" }, shifts: ["night", "day"] });
    const other = await signUpWorkspace(server);
    const bad = await workspace.admin.request(SET, {
      input: {
        recordId: contact.id,
        values: [
          { key: "recruiter_of_record", value: other.adminId },
          { key: "portfolio", value: "ftp://example.com" },
          { key: "current_salary", value: { amount: "lots" } },
          { key: "shifts", value: ["swing"] },
        ],
      },
    });
    expect(bad.errors![0].extensions!.fields).toHaveLength(4);
    const cleared = await workspace.admin.expectData(SET, { input: { recordId: contact.id, values: [{ key: "portfolio", value: null }] } });
    expect(cleared.setCustomValues.record.customValues.portfolio).toBeUndefined();
  });

  it("requires required fields on new records", async () => {
    const own = await signUpWorkspace(server);
    await own.admin.expectData(DEFINE, { input: { entity: "COMPANY", key: "account_manager_notes", label: "Notes", type: "TEXT", isRequired: true } });
    const error = await own.admin.expectError(`mutation { createCompany(input: { name: "Needs notes" }) { company { id } } }`);
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    const company = await buildCompany(own.admin, { customValues: [{ key: "account_manager_notes", value: "Key account" }] });
    expect(company.customValues).toEqual({ account_manager_notes: "Key account" });
  });
});
