/**
 * Finds (or makes) a job whose board has cards to move: a seeded open job with cards in its first stages, or,
 * when the demo data has none, a job created through the job form and filled through "Add candidates".
 */
import type { Page } from "playwright-core";
import { column, openBoard } from "./board-page";

/** A row of the jobs list: its title, link, status and the number of cards in each stage. */
interface JobRowInfo {
  title: string;
  href: string;
  status: string;
  counts: number[];
}

/**
 * The path of a seeded board worth testing on: an open job with at least `minimum` cards in each of its first four
 * stages. Null when the demo data has no such job.
 */
export async function findSeededBoard(page: Page, minimum = 3): Promise<string | null> {
  await page.goto("/jobs");
  await page.getByRole("table", { name: "Jobs" }).waitFor();
  const rows: JobRowInfo[] = await page.getByTestId("job-row").evaluateAll((elements) =>
    elements.map((row) => {
      const link = row.querySelector("a");
      return {
        title: link?.textContent ?? "",
        href: link?.getAttribute("href") ?? "",
        status: row.querySelectorAll("td")[1]?.textContent ?? "",
        counts: [...row.querySelectorAll<HTMLElement>('[data-testid="job-stage-count"]')].map((badge) => Number(badge.dataset.count)),
      };
    }),
  );
  const candidates = rows.filter((row) => /open/i.test(row.status) && row.counts.length >= 5 && row.counts.slice(0, 4).every((count) => count >= minimum));
  // The job with the most cards in its first stages, so every test finds cards to move.
  candidates.sort((a, b) => b.counts.slice(0, 3).reduce((x, y) => x + y, 0) - a.counts.slice(0, 3).reduce((x, y) => x + y, 0));
  return candidates[0]?.href ?? null;
}

/**
 * Creates an open job with the default pipeline and puts `perStage` contacts in each of its first four stages
 * through the board's "Add candidates" dialog. Returns the board's path.
 */
export async function createJobWithCandidates(page: Page, title: string, perStage = 4): Promise<string> {
  await page.goto("/jobs/new");
  await page.getByRole("textbox", { name: "Title" }).fill(title);
  await page.getByRole("combobox", { name: "Status", exact: true }).click();
  await page.getByRole("option", { name: "Open", exact: true }).click();
  await page.getByRole("button", { name: "Create job" }).click();
  await page.waitForURL((url) => /^\/jobs\/[^/]+$/.test(url.pathname) && url.pathname !== "/jobs/new");
  const boardPath = new URL(page.url()).pathname;
  await openBoard(page, boardPath);
  const stageNames = await page.getByTestId("board-column").evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset.stageName ?? ""));
  for (const [stageIndex, stageName] of stageNames.slice(0, 4).entries()) {
    await page.getByRole("button", { name: "Add candidates" }).click();
    const dialog = page.getByRole("dialog", { name: `Add candidates to ${title}` });
    await dialog.getByRole("checkbox").nth(perStage * 4 - 1).waitFor();
    for (let index = 0; index < perStage; index += 1) await dialog.getByRole("checkbox").nth(stageIndex * perStage + index).check();
    await dialog.getByRole("combobox", { name: "Add to stage" }).click();
    await page.getByRole("option", { name: stageName, exact: true }).click();
    await dialog.getByRole("button", { name: `Add ${perStage} candidates` }).click();
    await dialog.waitFor({ state: "hidden" });
    await column(page, stageName).locator(`[data-testid="board-column-count"][data-count="${perStage}"]`).waitFor();
  }
  return boardPath;
}
