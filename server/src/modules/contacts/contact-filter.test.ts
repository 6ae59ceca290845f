import { addUser, buildCompany, buildContact, namesMatching, signUpWorkspace, type TestWorkspace } from "../../../test/factories";
import { startTestServer, type TestServer } from "../../../test/test-server";

let server: TestServer;
let workspace: TestWorkspace;
let recruiterId: string;

/*
 * A small, hand-made population where each filter has rows that should and should not match.
 */
beforeAll(async () => {
  server = await startTestServer();
  workspace = await signUpWorkspace(server);
  recruiterId = (await addUser(workspace, "RECRUITER")).userId;
  const acme = await buildCompany(workspace.admin, { name: "Acme", industry: "Software", size: "SIZE_201_500" });
  const globex = await buildCompany(workspace.admin, { name: "Globex", industry: "Manufacturing", size: "SIZE_10001_PLUS" });
  const admin = workspace.admin;
  await admin.expectData(`mutation { defineCustomField(input: { entity: CONTACT, key: "languages", label: "Languages", type: MULTI_SELECT,
    options: [{ value: "en", label: "English" }, { value: "de", label: "German" }, { value: "fr", label: "French" }] }) { customField { id } } }`);
  await buildContact(admin, {
    givenName: "Ada",
    familyName: "Lovelace",
    headline: "Principal engineer, compilers",
    emails: [{ address: "ada@analytical.example" }],
    phones: [{ number: "+44 20 7946 0001" }],
    location: { city: "London", country: "GB" },
    skills: [{ name: "TypeScript", level: 5, years: 8 }, { name: "PostgreSQL", level: 4, years: 6 }],
    yearsOfExperience: 15,
    tags: ["Top talent", "Relocation"],
    ownerId: workspace.adminId,
    source: "Referral",
    companyId: acme.id,
    employments: [{ companyName: "Google", title: "Staff Engineer", startDate: "2018-01-01", endDate: "2022-01-01" }, { companyName: "Acme", title: "Principal Engineer", isCurrent: true }],
    customValues: [
      { key: "visa_sponsorship_required", value: false },
      { key: "psychometric_test_scores", value: 91 },
      { key: "referral_source", value: "employee_referral" },
      { key: "desired_start_date", value: "2027-01-15" },
      { key: "languages", value: ["en", "fr"] },
    ],
    willingToRelocate: true,
  });
  await buildContact(admin, {
    givenName: "Alan",
    familyName: "Turing",
    headline: "Machine learning researcher",
    emails: [{ address: "alan@bletchley.example" }],
    location: { city: "Manchester", country: "GB" },
    skills: [{ name: "Python", level: 5, years: 10 }, { name: "TypeScript", level: 2, years: 1 }],
    yearsOfExperience: 8,
    tags: ["Top talent"],
    ownerId: recruiterId,
    source: "LinkedIn",
    companyId: globex.id,
    employments: [{ companyName: "Bletchley Park", title: "Cryptanalyst", isCurrent: true }],
    customValues: [
      { key: "visa_sponsorship_required", value: true },
      { key: "psychometric_test_scores", value: 77 },
      { key: "languages", value: ["en", "de"] },
    ],
  });
  await buildContact(admin, {
    givenName: "Grace",
    familyName: "Hopper",
    headline: "Engineering manager",
    emails: [{ address: "grace@navy.example" }],
    location: { city: "Arlington", region: "VA", country: "US" },
    skills: [{ name: "COBOL", level: 5, years: 30 }, { name: "PostgreSQL", level: 2, years: 2 }],
    yearsOfExperience: 30,
    kind: "CLIENT_CONTACT",
    source: "Event",
    employments: [{ companyName: "US Navy", title: "Rear Admiral", isCurrent: true }],
  });
  await buildContact(admin, { givenName: "Edsger", familyName: "Dijkstra", location: { country: "NL" } });
});
afterAll(async () => {
  await server.close();
});

const names = (filter: Record<string, unknown> | null, extra?: Record<string, unknown>) => namesMatching(workspace.admin, filter, extra);

describe("contact filters", () => {
  it("matches skills all-of, any-of and none-of, with minimum level and years", async () => {
    expect(await names({ skills: { allOf: [{ name: "typescript" }, { name: "PostgreSQL" }] } })).toEqual(["Ada Lovelace"]);
    expect(await names({ skills: { allOf: [{ name: "TypeScript", minLevel: 3 }] } })).toEqual(["Ada Lovelace"]);
    expect(await names({ skills: { anyOf: [{ name: "COBOL" }, { name: "Python", minYears: 5 }] } })).toEqual(["Alan Turing", "Grace Hopper"]);
    expect(await names({ skills: { noneOf: ["TypeScript"] } })).toEqual(["Edsger Dijkstra", "Grace Hopper"]);
  });

  it("matches location, experience ranges, kind, source and relocation", async () => {
    expect(await names({ location: { country: { equalTo: "gb" } } })).toEqual(["Ada Lovelace", "Alan Turing"]);
    expect(await names({ location: { city: { in: ["london", "ARLINGTON"] } } })).toEqual(["Ada Lovelace", "Grace Hopper"]);
    expect(await names({ location: { city: { notEqualTo: "London" } } })).toEqual(["Alan Turing", "Edsger Dijkstra", "Grace Hopper"]);
    expect(await names({ yearsOfExperience: { greaterThanOrEqualTo: 8, lessThan: 30 } })).toEqual(["Ada Lovelace", "Alan Turing"]);
    expect(await names({ yearsOfExperience: { isNull: true } })).toEqual(["Edsger Dijkstra"]);
    expect(await names({ kind: { equalTo: "CLIENT_CONTACT" } })).toEqual(["Grace Hopper"]);
    expect(await names({ source: { in: ["referral", "event"] } })).toEqual(["Ada Lovelace", "Grace Hopper"]);
    expect(await names({ willingToRelocate: { equalTo: true } })).toEqual(["Ada Lovelace"]);
  });

  it("matches tags any-of, all-of, none-of and untagged", async () => {
    expect(await names({ tags: { anyOf: ["relocation", "nonexistent"] } })).toEqual(["Ada Lovelace"]);
    expect(await names({ tags: { allOf: ["Top talent", "Relocation"] } })).toEqual(["Ada Lovelace"]);
    expect(await names({ tags: { allOf: ["Top talent", "nonexistent"] } })).toEqual([]);
    expect(await names({ tags: { noneOf: ["Top talent"] } })).toEqual(["Edsger Dijkstra", "Grace Hopper"]);
    expect(await names({ tags: { isEmpty: true } })).toEqual(["Edsger Dijkstra", "Grace Hopper"]);
  });

  it("matches owners, the company record's fields, and past employers and titles", async () => {
    expect(await names({ owner: { equalTo: recruiterId } })).toEqual(["Alan Turing"]);
    expect(await names({ owner: { isNull: true } })).toEqual(["Edsger Dijkstra", "Grace Hopper"]);
    expect(await names({ company: { industry: { equalTo: "software" } } })).toEqual(["Ada Lovelace"]);
    expect(await names({ company: { size: { in: ["SIZE_10001_PLUS", "SIZE_1_10"] } } })).toEqual(["Alan Turing"]);
    expect(await names({ employments: { some: { companyName: { equalTo: "google" } } } })).toEqual(["Ada Lovelace"]);
    expect(await names({ employments: { some: { title: { includes: "engineer" }, isCurrent: true } } })).toEqual(["Ada Lovelace"]);
    expect(await names({ employments: { none: { companyName: { includes: "navy" } } } })).toEqual(["Ada Lovelace", "Alan Turing", "Edsger Dijkstra"]);
  });

  it("matches names, emails, phones and headlines as text", async () => {
    expect(await names({ name: { startsWith: "al" } })).toEqual(["Alan Turing"]);
    expect(await names({ email: { includes: "@navy" } })).toEqual(["Grace Hopper"]);
    expect(await names({ email: { equalTo: "ALAN@bletchley.example" } })).toEqual(["Alan Turing"]);
    expect(await names({ phone: { includes: "7946 0001" } })).toEqual(["Ada Lovelace"]);
    expect(await names({ headline: { includes: "ENGINEER" } })).toEqual(["Ada Lovelace", "Grace Hopper"]);
  });

  it("matches custom fields with operators that fit their type", async () => {
    expect(await names({ customFields: [{ key: "visa_sponsorship_required", equalTo: true }] })).toEqual(["Alan Turing"]);
    expect(await names({ customFields: [{ key: "psychometric_test_scores", greaterThan: 80 }] })).toEqual(["Ada Lovelace"]);
    expect(await names({ customFields: [{ key: "psychometric_test_scores", isEmpty: true }] })).toEqual(["Edsger Dijkstra", "Grace Hopper"]);
    expect(await names({ customFields: [{ key: "referral_source", in: ["employee_referral", "linkedin"] }] })).toEqual(["Ada Lovelace"]);
    expect(await names({ customFields: [{ key: "desired_start_date", lessThanOrEqualTo: "2027-06-30" }] })).toEqual(["Ada Lovelace"]);
    expect(await names({ customFields: [{ key: "languages", allOf: ["en", "de"] }] })).toEqual(["Alan Turing"]);
    expect(await names({ customFields: [{ key: "languages", anyOf: ["fr", "de"] }] })).toEqual(["Ada Lovelace", "Alan Turing"]);
  });

  it("combines conditions with and, or and not", async () => {
    const filter = {
      or: [{ location: { country: { equalTo: "US" } } }, { and: [{ skills: { allOf: [{ name: "Python" }] } }, { not: { tags: { anyOf: ["Relocation"] } } }] }],
    };
    expect(await names(filter)).toEqual(["Alan Turing", "Grace Hopper"]);
    expect(await names({ not: { location: { country: { equalTo: "GB" } } } })).toEqual(["Edsger Dijkstra", "Grace Hopper"]);
  });

  it("combines a filter with full-text and fuzzy search", async () => {
    expect(await names(null, { search: "lovelace" })).toEqual(["Ada Lovelace"]);
    expect(await names(null, { search: "Lovelase" })).toEqual(["Ada Lovelace"]);
    expect(await names(null, { search: "researchers" })).toEqual(["Alan Turing"]);
    expect(await names(null, { search: "bletchley" })).toEqual(["Alan Turing"]);
    expect(await names({ location: { country: { equalTo: "US" } } }, { search: "engineering" })).toEqual(["Grace Hopper"]);
  });

  it("refuses unknown custom keys and operators that do not fit a type, naming the path", async () => {
    const unknownKey = await workspace.admin.expectError(`query { contacts(filter: { customFields: [{ key: "shoe_size", equalTo: 42 }] }) { totalCount } }`);
    expect(unknownKey.extensions?.code).toBe("BAD_USER_INPUT");
    expect(unknownKey.extensions?.fields[0].path).toEqual(["filter", "customFields", 0, "key"]);
    const wrongOperator = await workspace.admin.expectError(
      `query { contacts(filter: { and: [{ customFields: [{ key: "visa_sponsorship_required", greaterThan: 3 }] }] }) { totalCount } }`,
    );
    expect(wrongOperator.extensions?.fields[0].path).toEqual(["filter", "and", 0, "customFields", 0, "greaterThan"]);
    const wrongValue = await workspace.admin.expectError(`query { contacts(filter: { customFields: [{ key: "referral_source", equalTo: "carrier pigeon" }] }) { totalCount } }`);
    expect(wrongValue.extensions?.fields[0].path).toEqual(["filter", "customFields", 0, "equalTo"]);
    const badOwner = await workspace.admin.expectError(`query { contacts(filter: { owner: { equalTo: "not-an-id" } }) { totalCount } }`);
    expect(badOwner.extensions?.fields[0].path).toEqual(["filter", "owner", "equalTo"]);
    const badDate = await workspace.admin.expectError(`query { contacts(filter: { availabilityDate: { greaterThan: "yesterday" } }) { totalCount } }`);
    expect(badDate.extensions?.fields[0].path).toEqual(["filter", "availabilityDate", "greaterThan"]);
  });

  it("refuses filters nested deeper than the limit", async () => {
    let filter: Record<string, unknown> = { name: { equalTo: "x" } };
    for (let depth = 0; depth < 10; depth += 1) filter = { not: filter };
    const error = await workspace.admin.expectError(`query ($filter: ContactFilter) { contacts(filter: $filter) { totalCount } }`, { filter });
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
