/**
 * Talent pools, segments and the contact record in a real browser, against the built server with the demo
 * data: narrow a pool's members with the filter builder (two skills and a custom field), keep that filter in
 * the URL across a reload, save it as a segment, then log a call on a member's record and see a validation
 * error placed on the field it concerns. Screenshots of every step go to web/artifacts/e2e/pools/.
 *
 * Needs `pnpm build` first (the root `pnpm test` does it) and /usr/bin/chromium.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { createScreenshotter, describeInBrowser, launchBrowser, prepareArtifactsDir, signIn, type BrowserSession } from "./support/browser";
import { RECRUITER } from "./support/demo-users";
import { startServer, type RunningServer } from "./support/server";

/** A static pool of the demo seed (server/src/db/seed/demo-ats-data.ts); created through the UI if missing. */
const POOL_NAME = "Frontend community";
const SEGMENT_NAME = "TS + Postgres, no visa needed";

describeInBrowser("talent pools, segments and the contact record in Chromium", () => {
  let server: RunningServer | undefined;
  let browser: BrowserSession | undefined;
  let page: Page;
  const artifactsDir = prepareArtifactsDir("pools");
  const screenshot = createScreenshotter(() => page, artifactsDir);

  beforeAll(async () => {
    server = await startServer({ logFile: path.join(artifactsDir, "server.log") });
    browser = await launchBrowser(server.url);
    page = browser.page;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);

  /** The pool page's count line: "120 members" or "4 of 120 members match". */
  function memberStatus() {
    return page.getByRole("status").filter({ hasText: /members?( match)?$/ });
  }

  function memberRows() {
    return page.getByRole("table", { name: "Members" }).getByRole("row").filter({ has: page.getByRole("cell") });
  }

  /** Picks `option` in the Mantine select (a combobox) named `name` inside `scope`. */
  async function choose(name: string, option: string, scope = page.locator("body")): Promise<void> {
    await scope.getByRole("combobox", { name, exact: true }).click();
    await page.getByRole("option", { name: option, exact: true }).click();
  }

  /** The filter in the page's `?f=`, decoded (base64url of JSON). */
  function filterInUrl(): unknown {
    const encoded = new URL(page.url()).searchParams.get("f");
    return encoded ? JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")) : null;
  }

  it("filters a pool by two skills and a custom field, keeps it in the URL, and saves it as a segment", async () => {
    await page.goto("/pools");
    await page.waitForURL((url) => url.pathname === "/login");
    await signIn(page, RECRUITER.email, RECRUITER.password);
    await page.waitForURL((url) => url.pathname === "/pools");
    await page.getByRole("table", { name: "Talent pools" }).waitFor();
    await screenshot("pools");

    if ((await page.getByRole("link", { name: POOL_NAME }).count()) === 0) await createPoolThroughContacts();
    await page.getByRole("link", { name: POOL_NAME }).click();
    await page.getByRole("heading", { name: POOL_NAME }).waitFor();
    await memberStatus().filter({ hasText: /^\d[\d,]* members?$/ }).waitFor();
    const allMembersText = (await memberStatus().innerText()).trim();
    const allMembers = Number(allMembersText.replace(/\D/g, ""));
    expect(allMembers).toBeGreaterThan(0);
    await memberRows().first().waitFor();
    await screenshot("pool-members");

    // Skills: has all of TypeScript and PostgreSQL.
    const builder = page.getByRole("region", { name: "Filter members" });
    await builder.getByRole("button", { name: "Add condition" }).click();
    await page.getByRole("menuitem", { name: "Skills", exact: true }).click();
    const skills = builder.getByRole("combobox", { name: "Skills", exact: true });
    // The first is picked from the suggestions (the skills in use, with how many contacts have each), the second
    // typed in full; both land in the filter together.
    await skills.fill("typescr");
    const suggestion = page.getByRole("option", { name: /^TypeScript\s*[\d,]+ contacts$/ });
    await suggestion.waitFor();
    await screenshot("skill-suggestions");
    await suggestion.click();
    await skills.fill("PostgreSQL");
    await skills.press("Enter");
    await memberStatus().filter({ hasText: ` of ${allMembers.toLocaleString("en-US")} members match` }).waitFor();
    const withSkills = await readMatching();
    expect(withSkills).toBeLessThan(allMembers);
    expect(withSkills).toBeGreaterThan(0);
    await screenshot("filtered-by-two-skills");

    // Custom field: Visa Sponsorship Required is No.
    await builder.getByRole("button", { name: "Add condition" }).click();
    await page.getByRole("menuitem", { name: "Custom field", exact: true }).click();
    await choose("Custom field", "Visa Sponsorship Required", builder);
    await choose("Value", "No", builder);
    await page.waitForFunction(
      ([before]) => {
        const status = [...document.querySelectorAll('[role="status"]')].map((node) => node.textContent ?? "").find((text) => / members? match$/.test(text));
        return status !== undefined && !status.startsWith(`${before} of`);
      },
      [withSkills],
    );
    const withVisa = await readMatching();
    expect(withVisa).toBeLessThanOrEqual(withSkills);
    await waitForRowCount(withVisa);
    const expectedFilter = {
      skills: { allOf: [{ name: "TypeScript" }, { name: "PostgreSQL" }] },
      customFields: [{ key: "visa_sponsorship_required", equalTo: false }],
    };
    expect(filterInUrl()).toEqual(expectedFilter);
    await screenshot("filtered-by-skills-and-custom-field");

    // A reload (or a shared link) shows the same filter and the same members.
    await page.reload();
    await memberStatus().filter({ hasText: `${withVisa} of ${allMembers.toLocaleString("en-US")} members match` }).waitFor();
    const skillsCondition = builder.getByRole("group", { name: "Condition 1: Skills" });
    await skillsCondition.getByText("TypeScript", { exact: true }).waitFor();
    await skillsCondition.getByText("PostgreSQL", { exact: true }).waitFor();
    expect(await builder.getByRole("group", { name: "Condition 2: Custom field" }).getByRole("combobox", { name: "Custom field" }).inputValue()).toBe("Visa Sponsorship Required");
    expect(filterInUrl()).toEqual(expectedFilter);
    await waitForRowCount(withVisa);
    await screenshot("filter-restored-after-reload");

    // Save it as a segment, then find it in the segment picker.
    await page.getByRole("button", { name: "Save filter as segment" }).click();
    const dialog = page.getByRole("dialog", { name: "Save filter as a segment" });
    await dialog.getByRole("textbox", { name: "Segment name" }).fill(SEGMENT_NAME);
    await dialog.getByRole("radio", { name: "Everyone in the workspace" }).check();
    await screenshot("saving-segment");
    await dialog.getByRole("button", { name: "Save segment" }).click();
    await page.getByRole("alert").filter({ hasText: "Segment saved" }).waitFor();
    await dialog.waitFor({ state: "hidden" });
    await page.getByRole("combobox", { name: "Saved segments" }).click();
    await page.getByRole("option", { name: SEGMENT_NAME }).waitFor();
    await screenshot("segment-in-picker");
    await page.keyboard.press("Escape");

  }, 180_000);

  it("logs a call on a contact's record and shows a validation error on the field it concerns", async () => {
    await page.goto("/contacts");
    const firstContact = page.getByRole("table", { name: "Contacts" }).getByRole("row").filter({ has: page.getByRole("cell") }).first().getByRole("link");
    const contactName = (await firstContact.innerText()).trim();
    await firstContact.click();
    await page.getByRole("heading", { name: contactName, level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Timeline" }).waitFor();
    await screenshot("contact-record");

    // Log a call note; it appears at the top of the timeline, and stays there after a reload.
    const subject = `Call about the TypeScript role ${Date.now()}`;
    const logForm = page.getByRole("form", { name: "Log an interaction" });
    await logForm.getByRole("textbox", { name: "Subject" }).fill(subject);
    await logForm.getByRole("textbox", { name: "Notes" }).fill("Interested; wants remote. Call back on Friday.");
    await logForm.getByRole("textbox", { name: "Minutes" }).fill("15");
    await logForm.getByRole("button", { name: "Log call" }).click();
    const timeline = page.getByRole("list", { name: "Interactions, most recent first" });
    await timeline.getByRole("listitem").first().filter({ hasText: subject }).waitFor();
    expect(await logForm.getByRole("textbox", { name: "Subject" }).inputValue()).toBe("");
    await screenshot("call-logged");
    await page.reload();
    await timeline.getByRole("listitem").filter({ hasText: subject }).waitFor();
    // The timeline is ordered by when interactions happened. The demo seed dates its interactions up to noon
    // UTC of the day it runs, so before noon some are "later" than this call; none other may come before it.
    const later = await timeline.evaluate((list, text) => {
      const items = [...list.querySelectorAll(":scope > li")];
      const index = items.findIndex((item) => item.textContent?.includes(text));
      const ours = Date.parse(items[index].querySelector("time")!.getAttribute("datetime")!);
      return items.slice(0, index).map((item) => Date.parse(item.querySelector("time")!.getAttribute("datetime")!) - ours);
    }, subject);
    expect(later.every((difference) => difference > 0)).toBe(true);
    if (later.length === 0) await timeline.getByRole("listitem").first().filter({ hasText: subject }).waitFor();
    await screenshot("call-still-at-the-top-after-reload");

    // An invalid email: the API's BAD_USER_INPUT (input.emails[n].address) lands on that email's field.
    await page.getByRole("button", { name: "Edit details" }).click();
    const form = page.getByRole("form", { name: "Edit contact" });
    const emailCount = await form.getByRole("textbox", { name: /^Email \d+$/ }).count();
    await form.getByRole("button", { name: "Add email" }).click();
    const newEmail = form.getByRole("textbox", { name: `Email ${emailCount + 1}`, exact: true });
    await newEmail.fill("not-an-email");
    await form.getByRole("button", { name: "Save changes" }).click();
    await page.waitForFunction((label) => {
      const input = [...document.querySelectorAll("input")].find((node) => node.labels?.[0]?.textContent?.trim() === label);
      return input?.getAttribute("aria-invalid") === "true";
    }, `Email ${emailCount + 1}`);
    const describedBy = (await newEmail.getAttribute("aria-describedby")) ?? "";
    const errorId = describedBy.split(/\s+/).find((id) => id.endsWith("-error"));
    expect(errorId).toBeDefined();
    expect((await page.locator(`[id="${errorId}"]`).innerText()).trim()).toBe("Is not a valid email address");
    // The other emails are fine.
    expect(await form.getByRole("textbox", { name: "Email 1", exact: true }).getAttribute("aria-invalid")).not.toBe("true");
    await screenshot("validation-error-on-email");

    // Fixing it saves.
    await form.getByRole("button", { name: `Remove email ${emailCount + 1}` }).click();
    await form.getByRole("textbox", { name: "Headline" }).fill("Senior engineer, TypeScript and PostgreSQL");
    await form.getByRole("button", { name: "Save changes" }).click();
    await form.waitFor({ state: "detached" });
    await page.getByRole("region", { name: "Details" }).getByText("Senior engineer, TypeScript and PostgreSQL").first().waitFor();
    await screenshot("saved");

    expect(browser!.pageErrors).toEqual([]);
  }, 120_000);

  /** The N of "N of M members match". */
  async function readMatching(): Promise<number> {
    const text = await memberStatus().filter({ hasText: /members? match$/ }).innerText();
    return Number(text.trim().split(" of ")[0].replace(/\D/g, ""));
  }

  /** Waits until the members table shows `count` rows (all of them fit on one page), or the empty state. */
  async function waitForRowCount(count: number): Promise<void> {
    if (count === 0) {
      await page.getByText("No members match").waitFor();
      return;
    }
    await page.waitForFunction(
      (expected) => document.querySelectorAll('table[aria-busy] tbody tr').length === 0 && document.querySelectorAll("table tbody tr:not([aria-hidden])").length === expected,
      count,
    );
    expect(await memberRows().count()).toBe(count);
  }

  /** Without the demo pools: a static pool made on the Contacts page from contacts picked by bulk select. */
  async function createPoolThroughContacts(): Promise<void> {
    await page.getByRole("link", { name: "Contacts", exact: true }).click();
    await page.getByRole("table", { name: "Contacts" }).waitFor();
    await page.getByRole("checkbox", { name: "Select all loaded contacts" }).check();
    await page.getByRole("button", { name: "Add to pool…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("New static pool").click();
    await dialog.getByRole("textbox", { name: "New pool name" }).fill(POOL_NAME);
    await dialog.getByRole("button", { name: "Add to pool" }).click();
    await page.getByRole("alert").filter({ hasText: "Added to pool" }).waitFor();
    await page.getByRole("link", { name: "Talent pools", exact: true }).click();
    await page.getByRole("link", { name: POOL_NAME }).waitFor();
  }
});
