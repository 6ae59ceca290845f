/**
 * How the board's browser tests read and drive the pipeline board: by roles, accessible names and the board's
 * stable test ids (`pipeline-board`, `board-column` with `data-stage-name`, `board-column-count` with
 * `data-count`, `board-card` with `data-application-id`), as a benchmark script would.
 */
import type { Locator, Page } from "playwright-core";
import { RECRUITER, type DemoUser } from "../support/demo-users";


/** A column as the board shows it. */
export interface ColumnInfo {
  name: string;
  stageId: string;
  category: string;
  count: number;
}

/** Signs in as `user` (the recruiter unless told) through the login form and waits to leave it. */
export async function signIn(page: Page, user: DemoUser = RECRUITER): Promise<void> {
  await page.goto("/login");
  await page.getByRole("textbox", { name: "Email" }).fill(user.email);
  await page.getByRole("textbox", { name: "Password" }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
}

/** Opens a board and waits until its columns are there. */
export async function openBoard(page: Page, boardPath: string): Promise<void> {
  await page.goto(boardPath);
  await page.getByTestId("pipeline-board").waitFor();
  await page.getByTestId("board-column").first().waitFor();
}

/** The column (a region named after its stage). */
export function column(page: Page, name: string): Locator {
  return page.getByTestId("pipeline-board").getByRole("region", { name, exact: true });
}

/** The card of `candidate` in a column (an article named after the candidate). */
export function card(page: Page, columnName: string, candidate: string): Locator {
  return column(page, columnName).getByRole("article", { name: candidate, exact: true });
}

/** Every column in board order, with its count. */
export async function readColumns(page: Page): Promise<ColumnInfo[]> {
  return page.getByTestId("board-column").evaluateAll((elements) =>
    elements.map((element) => ({
      name: (element as HTMLElement).dataset.stageName ?? "",
      stageId: (element as HTMLElement).dataset.stageId ?? "",
      category: (element as HTMLElement).dataset.stageCategory ?? "",
      count: Number(element.querySelector<HTMLElement>('[data-testid="board-column-count"]')?.dataset.count ?? "NaN"),
    })),
  );
}

/** The column's count as its badge holds it. */
export async function columnCount(page: Page, name: string): Promise<number> {
  return Number(await column(page, name).getByTestId("board-column-count").getAttribute("data-count"));
}

/** Waits until the column's badge shows `count`. */
export async function waitForCount(page: Page, name: string, count: number): Promise<void> {
  await column(page, name).locator(`[data-testid="board-column-count"][data-count="${count}"]`).waitFor();
}

/** The names on the column's rendered cards, top first (the list is virtualised: the first screenful or so). */
export async function cardNames(page: Page, columnName: string): Promise<string[]> {
  return column(page, columnName)
    .getByRole("article")
    .evaluateAll((elements) => elements.map((element) => element.getAttribute("aria-label") ?? ""));
}

/** Waits for the board's live region to say `text` (it does once the server accepted a move). */
export async function waitForAnnouncement(page: Page, text: string): Promise<void> {
  await page.getByTestId("board-announcement").filter({ hasText: text }).waitFor();
}

/**
 * Drags `source` with the mouse and drops it on the top half of `target`, moving in small steps as a hand would
 * (dnd-kit starts a drag after the pointer has moved 5 px).
 */
export async function dragWithMouse(page: Page, source: Locator, target: Locator): Promise<void> {
  await source.scrollIntoViewIfNeeded();
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error("the card or its target is not on screen");
  const startX = from.x + from.width / 2;
  const startY = from.y + 16;
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  await page.mouse.move(startX + 8, startY + 8, { steps: 4 });
  await page.getByTestId("board-card-overlay").waitFor();
  await page.mouse.move(to.x + to.width / 2, to.y + 12, { steps: 20 });
  await page.mouse.up();
}

/**
 * Picks the first two neighbouring columns that are both ordinary stages (not Hired or Rejected), the first with at
 * least `minimum` cards, starting from column `from`.
 */
export function pickNeighbours(columns: ColumnInfo[], minimum: number, from = 0): [ColumnInfo, ColumnInfo] | null {
  const isOrdinary = (info: ColumnInfo) => info.category !== "HIRED" && info.category !== "REJECTED";
  for (let index = from; index < columns.length - 1; index += 1) {
    const [source, target] = [columns[index], columns[index + 1]];
    if (isOrdinary(source) && isOrdinary(target) && source.count >= minimum) return [source, target];
  }
  return null;
}
