import { buildCompany, buildContact, CONTACT_FIELDS, signUpWorkspace, type TestWorkspace } from "../../../test/factories";
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

const CREATE = `mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { ${CONTACT_FIELDS} } } }`;
const UPDATE = `mutation ($input: UpdateContactInput!) { updateContact(input: $input) { contact { ${CONTACT_FIELDS} } } }`;
const COUNT = `query { contacts(deleted: INCLUDE) { totalCount } }`;

describe("creating contacts", () => {
  it("normalises emails, phones and profile links", async () => {
    const contact = await buildContact(workspace.admin, {
      givenName: "Grace",
      familyName: "Hopper",
      location: { city: "Arlington", region: "VA", country: "us" },
      emails: [{ address: "  Grace.Hopper@Example.COM ", type: "WORK" }, { address: "grace@navy.mil", isPrimary: true }],
      phones: [{ number: "(415) 555-2671" }, { number: "+44 20 7946 0958", type: "WORK" }],
      links: [
        { url: "https://www.linkedin.com/in/Grace-Hopper/?utm_source=share&trk=abc" },
        { url: "github.com/GraceHopper/" },
      ],
    });
    expect(contact.displayName).toBe("Grace Hopper");
    expect(contact.emails).toEqual([
      { address: "grace@navy.mil", type: "PERSONAL", isPrimary: true },
      { address: "grace.hopper@example.com", type: "WORK", isPrimary: false },
    ]);
    expect(contact.phones.map((phone: { number: string }) => phone.number)).toEqual(["+14155552671", "+442079460958"]);
    expect(contact.links).toEqual([
      { kind: "LINKEDIN", url: "https://linkedin.com/in/grace-hopper" },
      { kind: "GITHUB", url: "https://github.com/gracehopper" },
    ]);
    expect(contact.location).toEqual({ city: "Arlington", region: "VA", country: "US" });
  });

  it("names every bad field and creates nothing", async () => {
    const before = (await workspace.admin.expectData(COUNT)).contacts.totalCount;
    const response = await workspace.admin.request(CREATE, {
      input: {
        givenName: "Bad",
        emails: [{ address: "fine@example.com" }, { address: "not-an-email" }],
        phones: [{ number: "12" }],
        links: [{ url: "javascript:alert(1)" }],
        availabilityDate: "2026-02-30",
      },
    });
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const paths = response.errors![0].extensions!.fields.map((field: { path: unknown[] }) => field.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["input.emails.1.address", "input.phones.0.number", "input.links.0.url", "input.availabilityDate"]),
    );
    expect(JSON.stringify(response.errors)).not.toMatch(/INSERT|SELECT|at .*\.ts/);
    expect((await workspace.admin.expectData(COUNT)).contacts.totalCount).toBe(before);
  });

  it("refuses oversized strings with the field's path", async () => {
    const response = await workspace.admin.request(CREATE, { input: { givenName: "x".repeat(201) } });
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors![0].extensions!.fields[0].path).toEqual(["input", "givenName"]);
  });

  it("refuses a value of the wrong type with the variable's path", async () => {
    const response = await workspace.admin.request(CREATE, { input: { givenName: "Typed", yearsOfExperience: "ten" } });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors![0].extensions!.fields[0].path).toEqual(["input", "yearsOfExperience"]);
  });

  it("links the company record and owner, and tags by name", async () => {
    const company = await buildCompany(workspace.admin, { name: "Initech" });
    const contact = await buildContact(workspace.admin, { companyId: company.id, ownerId: workspace.adminId, tags: ["Top talent", "top TALENT", "Remote"] });
    expect(contact.company).toEqual({ id: company.id, name: "Initech" });
    expect(contact.owner.id).toBe(workspace.adminId);
    expect(contact.tags.map((tag: { name: string }) => tag.name)).toEqual(["Remote", "Top talent"]);
  });

  it("refuses a company of another workspace as if it did not exist", async () => {
    const other = await signUpWorkspace(server);
    const foreignCompany = await buildCompany(other.admin);
    const response = await workspace.admin.request(CREATE, { input: { givenName: "X", companyId: foreignCompany.id } });
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors![0].extensions!.fields[0]).toEqual({ path: ["input", "companyId"], message: "no company with this id" });
  });
});

describe("updating contacts", () => {
  it("bumps the version and refuses a stale one with CONFLICT and the current state, changing nothing", async () => {
    const contact = await buildContact(workspace.admin, { headline: "Engineer" });
    const updated = (await workspace.admin.expectData(UPDATE, { input: { id: contact.id, expectedVersion: contact.version, headline: "Staff engineer" } }))
      .updateContact.contact;
    expect(updated.version).toBe(contact.version + 1);
    const stale = await workspace.admin.expectError(UPDATE, { input: { id: contact.id, expectedVersion: contact.version, headline: "Overwritten" } });
    expect(stale.extensions?.code).toBe("CONFLICT");
    expect(stale.extensions?.current.headline).toBe("Staff engineer");
    expect(JSON.stringify(stale.extensions)).not.toMatch(/rawId|RawId/);
    const reread = await workspace.admin.expectData(`query ($id: ID!) { contact(id: $id) { headline version } }`, { id: contact.id });
    expect(reread.contact).toEqual({ headline: "Staff engineer", version: contact.version + 1 });
  });

  it("keeps fields left out and clears fields set to null", async () => {
    const contact = await buildContact(workspace.admin, { headline: "Keep me", currentTitle: "Clear me" });
    const updated = (await workspace.admin.expectData(UPDATE, { input: { id: contact.id, currentTitle: null } })).updateContact.contact;
    expect(updated.headline).toBe("Keep me");
    expect(updated.currentTitle).toBeNull();
  });

  it("answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one", async () => {
    const unknown = Buffer.from("Contact:0190b7a0-0000-7000-8000-000000000000").toString("base64url");
    expect((await workspace.admin.expectError(UPDATE, { input: { id: unknown, headline: "x" } })).extensions?.code).toBe("NOT_FOUND");
    const malformed = await workspace.admin.expectError(UPDATE, { input: { id: "nonsense", headline: "x" } });
    expect(malformed.extensions?.code).toBe("BAD_USER_INPUT");
    expect(malformed.extensions?.fields[0].path).toEqual(["input", "id"]);
  });
});

describe("deleting and restoring", () => {
  it("hides a deleted contact from lists, keeps it readable by id, and restores it", async () => {
    const contact = await buildContact(workspace.admin, { givenName: "Trashable" });
    await workspace.admin.expectData(`mutation ($id: ID!) { deleteContact(input: { id: $id }) { contact { deletedAt } } }`, { id: contact.id });
    const active = await workspace.admin.expectData(`query { contacts(filter: { name: { equalTo: "${contact.displayName}" } }) { totalCount } }`);
    expect(active.contacts.totalCount).toBe(0);
    const trash = await workspace.admin.expectData(`query { contacts(deleted: ONLY, filter: { name: { equalTo: "${contact.displayName}" } }) { nodes { id deletedAt } } }`);
    expect(trash.contacts.nodes[0].id).toBe(contact.id);
    const restored = await workspace.admin.expectData(`mutation ($id: ID!) { restoreContact(input: { id: $id }) { contact { deletedAt } } }`, { id: contact.id });
    expect(restored.restoreContact.contact.deletedAt).toBeNull();
  });
});

describe("the timeline", () => {
  it("logs interactions and pages them most recent first", async () => {
    const contact = await buildContact(workspace.admin);
    for (const [index, channel] of (["CALL", "NOTE", "EMAIL"] as const).entries()) {
      await workspace.admin.expectData(
        `mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { interaction { id channel direction author { id } } } }`,
        { input: { contactId: contact.id, channel, subject: `Touch ${index}`, occurredAt: new Date(Date.UTC(2026, 0, index + 1)).toISOString() } },
      );
    }
    const TIMELINE = `query ($id: ID!, $after: String) { contact(id: $id) { timeline(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { subject channel direction author { id } } } } }`;
    const first = (await workspace.admin.expectData(TIMELINE, { id: contact.id })).contact.timeline;
    expect(first.totalCount).toBe(3);
    expect(first.nodes.map((node: { subject: string }) => node.subject)).toEqual(["Touch 2", "Touch 1"]);
    expect(first.nodes[1]).toMatchObject({ channel: "NOTE", direction: "INTERNAL", author: { id: workspace.adminId } });
    const second = (await workspace.admin.expectData(TIMELINE, { id: contact.id, after: first.pageInfo.endCursor })).contact.timeline;
    expect(second.nodes.map((node: { subject: string }) => node.subject)).toEqual(["Touch 0"]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it("refuses an interaction with nothing in it", async () => {
    const contact = await buildContact(workspace.admin);
    const error = await workspace.admin.expectError(`mutation ($id: ID!) { logInteraction(input: { contactId: $id, channel: NOTE }) { interaction { id } } }`, { id: contact.id });
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.extensions?.fields[0].path).toEqual(["input", "body"]);
  });
});

describe("lists read the columns their fields need", () => {
  /** A selection of every field of Contact; the test below checks it covers the type. */
  const FIELD_SELECTIONS: Record<string, string> = {
    id: "id",
    kind: "kind",
    givenName: "givenName",
    familyName: "familyName",
    displayName: "displayName",
    emails: "emails { address type isPrimary }",
    primaryEmail: "primaryEmail",
    phones: "phones { number type isPrimary }",
    links: "links { kind url }",
    location: "location { city region country }",
    headline: "headline",
    currentTitle: "currentTitle",
    currentCompanyName: "currentCompanyName",
    company: "company { id name }",
    skills: "skills { name level years }",
    employments: "employments { companyName title startDate endDate isCurrent description }",
    educations: "educations { institution degree fieldOfStudy startYear endYear }",
    yearsOfExperience: "yearsOfExperience",
    availabilityDate: "availabilityDate",
    workAuthorization: "workAuthorization",
    willingToRelocate: "willingToRelocate",
    desiredCompensation: "desiredCompensation { minAmount maxAmount currency period }",
    source: "source",
    owner: "owner { id name }",
    tags: "tags { id name color }",
    customValues: "customValues",
    consent: "consent { status recordedAt }",
    createdAt: "createdAt",
    updatedAt: "updatedAt",
    deletedAt: "deletedAt",
    version: "version",
    applications: "applications { id }",
    timeline: "timeline(first: 5) { totalCount edges { node { id subject } } }",
  };

  it("answers every field alone in a list as the contact's own record does", async () => {
    const introspection = await workspace.admin.expectData(`{ __type(name: "Contact") { fields { name } } }`);
    expect(Object.keys(FIELD_SELECTIONS).sort()).toEqual(introspection.__type.fields.map((field: { name: string }) => field.name).sort());

    const company = await buildCompany(workspace.admin);
    const contact = await buildContact(workspace.admin, {
      familyName: "Columnwise",
      emails: [{ address: "work@columnwise.example", type: "WORK" }, { address: "me@columnwise.example", isPrimary: true }],
      phones: [{ number: "+44 20 7946 0958", type: "WORK" }],
      links: [{ url: "github.com/columnwise" }],
      location: { city: "Leeds", region: "England", country: "GB" },
      headline: "Data engineer",
      currentTitle: "Lead data engineer",
      currentCompanyName: "Columnwise Ltd",
      companyId: company.id,
      skills: [{ name: "SQL", level: 4, years: 6 }],
      employments: [{ companyName: "Columnwise Ltd", title: "Lead", startDate: "2022-03-01", isCurrent: true }],
      educations: [{ institution: "University of Leeds", degree: "MSc", fieldOfStudy: "Statistics", startYear: 2012 }],
      yearsOfExperience: 9,
      availabilityDate: "2027-01-15",
      workAuthorization: "UK citizen",
      willingToRelocate: false,
      desiredCompensation: { minAmount: 80000, maxAmount: 95000, currency: "GBP" },
      source: "Referral",
      ownerId: workspace.adminId,
      consentStatus: "GRANTED",
      customValues: [{ key: "visa_sponsorship_required", value: true }],
    });
    await workspace.admin.expectData(`mutation ($input: BulkTagInput!) { tagContacts(input: $input) { affectedCount } }`, {
      input: { contactIds: [contact.id], tags: ["Columnar"] },
    });
    await workspace.admin.expectData(`mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { interaction { id } } }`, {
      input: { contactId: contact.id, channel: "NOTE", subject: "Met at the meetup" },
    });

    for (const [field, selection] of Object.entries(FIELD_SELECTIONS)) {
      const data = await workspace.admin.expectData(
        `query ($id: ID!) {
           contact(id: $id) { ${selection} }
           newest: contacts(first: 1) { nodes { ${selection} } }
           searched: contacts(first: 5, search: "Columnwise") { edges { node { ${selection} } } }
         }`,
        { id: contact.id },
      );
      expect({ field, value: data.newest.nodes[0] }).toEqual({ field, value: data.contact });
      expect({ field, value: data.searched.edges[0].node }).toEqual({ field, value: data.contact });
    }
  });

  it("reads a page's rows without the columns none of its fields need", async () => {
    const traced = (fields: string) =>
      workspace.admin
        .request(`query { contacts(first: 5) { edges { node { ${fields} } } } }`, undefined, { "x-talentlane-sql-trace": "1" })
        .then((response) => (response.extensions!.sqlTrace as Array<{ sql: string }>).find((statement) => statement.sql.includes("FROM contact c"))!.sql);
    const row = await traced("id displayName primaryEmail headline company { name } location { city } tags { name } owner { name }");
    expect(row).toContain("c.emails");
    expect(row).not.toContain("c.employments");
    expect(row).not.toContain("c.custom_values");
    const everything = await traced("id employments { companyName } customValues");
    expect(everything).toContain("c.employments");
    expect(everything).toContain("c.custom_values");
  });
});
