import { buildContact, signUpWorkspace, type TestWorkspace } from "../../../test/factories";
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

const TAG = `mutation ($input: BulkTagInput!) { tagContacts(input: $input) { affectedCount tags { name } contacts { id version tags { name } } } }`;
const UNTAG = `mutation ($input: BulkTagInput!) { untagContacts(input: $input) { affectedCount } }`;

describe("bulk tagging", () => {
  it("tags contacts named by id, creating the tag, and returns them for the cache", async () => {
    const [first, second] = [await buildContact(workspace.admin), await buildContact(workspace.admin)];
    const result = (await workspace.admin.expectData(TAG, { input: { contactIds: [first.id, second.id], tags: ["Shortlist"] } })).tagContacts;
    expect(result.affectedCount).toBe(2);
    expect(result.tags).toEqual([{ name: "Shortlist" }]);
    expect(result.contacts.map((contact: { tags: unknown }) => contact.tags)).toEqual([[{ name: "Shortlist" }], [{ name: "Shortlist" }]]);
    const again = (await workspace.admin.expectData(TAG, { input: { contactIds: [first.id], tags: ["shortlist"] } })).tagContacts;
    expect(again.affectedCount).toBe(0);
  });

  it("tags and untags every contact a filter selects", async () => {
    const own = await signUpWorkspace(server);
    for (const country of ["DE", "DE", "FR"]) await buildContact(own.admin, { location: { country } });
    const tagged = (await own.admin.expectData(TAG, { input: { filter: { location: { country: { equalTo: "DE" } } }, tags: ["Germany", "Q3 campaign"] } })).tagContacts;
    expect(tagged.affectedCount).toBe(2);
    const count = await own.admin.expectData(`query { contacts(filter: { tags: { allOf: ["germany", "q3 campaign"] } }) { totalCount } }`);
    expect(count.contacts.totalCount).toBe(2);
    const untagged = (await own.admin.expectData(UNTAG, { input: { filter: {}, tags: ["Q3 campaign"] } })).untagContacts;
    expect(untagged.affectedCount).toBe(2);
    const remaining = await own.admin.expectData(`query { contacts(filter: { tags: { anyOf: ["Q3 campaign"] } }) { totalCount } }`);
    expect(remaining.contacts.totalCount).toBe(0);
  });

  it("refuses both or neither of ids and filter, and unknown ids, changing nothing", async () => {
    const contact = await buildContact(workspace.admin);
    expect((await workspace.admin.expectError(TAG, { input: { tags: ["x"] } })).extensions?.code).toBe("BAD_USER_INPUT");
    expect((await workspace.admin.expectError(TAG, { input: { contactIds: [contact.id], filter: {}, tags: ["x"] } })).extensions?.code).toBe("BAD_USER_INPUT");
    const unknown = Buffer.from("Contact:0190b7a0-0000-7000-8000-000000000000").toString("base64url");
    const error = await workspace.admin.expectError(TAG, { input: { contactIds: [contact.id, unknown], tags: ["Never created"] } });
    expect(error.extensions).toMatchObject({ code: "NOT_FOUND", fields: [{ path: ["input", "contactIds", 1] }] });
    const tags = await workspace.admin.expectData(`query { tags(search: "never") { totalCount } }`);
    expect(tags.tags.totalCount).toBe(0);
  });

  it("renames a tag everywhere at once", async () => {
    const contact = await buildContact(workspace.admin, { tags: ["Old name"] });
    await workspace.admin.expectData(`mutation ($id: ID!) { updateTag(input: { id: $id, name: "New name", color: "#AA00ff" }) { tag { name color } } }`, {
      id: contact.tags[0].id,
    });
    const reread = await workspace.admin.expectData(`query ($id: ID!) { contact(id: $id) { tags { name color } } }`, { id: contact.id });
    expect(reread.contact.tags).toEqual([{ name: "New name", color: "#aa00ff" }]);
  });
});

describe("tags(search)", () => {
  it("returns the tags whose name contains the text, ignoring case and matching wildcards literally", async () => {
    const own = await signUpWorkspace(server);
    const contact = await buildContact(own.admin);
    await own.admin.expectData(TAG, { input: { contactIds: [contact.id], tags: ["Java lead", "JavaScript", "Go_lang", "Golang", "100% remote"] } });
    const names = async (search: string) => (await own.admin.expectData(`query ($search: String) { tags(first: 10, search: $search) { nodes { name } } }`, { search })).tags.nodes.map((tag: { name: string }) => tag.name);
    expect(await names("JAVA")).toEqual(["Java lead", "JavaScript"]);
    expect(await names("o_l")).toEqual(["Go_lang"]);
    expect(await names("%")).toEqual(["100% remote"]);
    expect(await names("nothing like it")).toEqual([]);
  });
});
