import { LIMITS, STAGE_CATEGORIES, type StageCategory } from "@talentlane/shared";

/** A live stage of a job, as the stage editor shows it. */
export interface StageItem {
  id: string;
  name: string;
  category: StageCategory;
  slaDays: number | null;
}

/** A stage row's inputs while it is edited. `slaDays` is "" while the field is empty (no SLA). */
export interface StageDraft {
  name: string;
  category: StageCategory;
  slaDays: number | "";
}

export const STAGE_CATEGORY_LABELS: Record<StageCategory, string> = {
  LEAD: "Lead",
  SCREEN: "Screen",
  INTERVIEW: "Interview",
  OFFER: "Offer",
  HIRED: "Hired",
  REJECTED: "Rejected",
};

export const STAGE_CATEGORY_OPTIONS = STAGE_CATEGORIES.map((value) => ({ value, label: STAGE_CATEGORY_LABELS[value] }));

/** The longest SLA the editor accepts, in days. */
export const MAX_SLA_DAYS = 365;

/** A copy of `ids` with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= items.length) return next;
  const target = Math.max(0, Math.min(items.length - 1, to));
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item);
  return next;
}

/** The stage ids in their new order after moving `id` one place up (-1) or down (+1); null at an edge. */
export function moveStageStep(ids: readonly string[], id: string, step: -1 | 1): string[] | null {
  const from = ids.indexOf(id);
  const to = from + step;
  if (from === -1 || to < 0 || to >= ids.length) return null;
  return moveItem(ids, from, to);
}

/** Whether two orders differ. */
export function isReordered(before: readonly string[], after: readonly string[]): boolean {
  return before.length !== after.length || before.some((id, index) => after[index] !== id);
}

/** The row's inputs for a stage. */
export function stageToDraft(stage: StageItem): StageDraft {
  return { name: stage.name, category: stage.category, slaDays: stage.slaDays ?? "" };
}

/** What is wrong with a stage row (keyed "name", "slaDays"); empty when it can be saved. */
export function validateStageDraft(draft: StageDraft): { name?: string; slaDays?: string } {
  const problems: { name?: string; slaDays?: string } = {};
  if (!draft.name.trim()) problems.name = "A stage needs a name";
  else if (draft.name.trim().length > LIMITS.nameMaxLength) problems.name = `At most ${LIMITS.nameMaxLength} characters`;
  if (draft.slaDays !== "" && (!Number.isInteger(draft.slaDays) || draft.slaDays < 1 || draft.slaDays > MAX_SLA_DAYS)) {
    problems.slaDays = `Whole days, 1 to ${MAX_SLA_DAYS} (empty for none)`;
  }
  return problems;
}

/**
 * The `updateStage` changes for a row, or null when it changes nothing. An emptied SLA is sent as 0, which the
 * API reads as "no SLA".
 */
export function stageChanges(stage: StageItem, draft: StageDraft): { name?: string; category?: StageCategory; slaDays?: number } | null {
  const changes: { name?: string; category?: StageCategory; slaDays?: number } = {};
  if (draft.name.trim() !== stage.name) changes.name = draft.name.trim();
  if (draft.category !== stage.category) changes.category = draft.category;
  const sla = draft.slaDays === "" ? null : draft.slaDays;
  if (sla !== stage.slaDays) changes.slaDays = sla ?? 0;
  return Object.keys(changes).length > 0 ? changes : null;
}

/**
 * Why a stage cannot be removed, or null when it can: a pipeline keeps at least two stages, and at least one
 * HIRED and one REJECTED stage (hires and rejections must land somewhere).
 */
export function removalBlocker(stages: readonly StageItem[], id: string): string | null {
  const stage = stages.find((item) => item.id === id);
  if (!stage) return "This stage is no longer on the pipeline";
  if (stages.length <= 2) return "A pipeline needs at least two stages";
  if ((stage.category === "HIRED" || stage.category === "REJECTED") && !stages.some((item) => item.id !== id && item.category === stage.category)) {
    return `A pipeline needs a ${STAGE_CATEGORY_LABELS[stage.category]} stage`;
  }
  return null;
}

/**
 * Why a stage's category cannot change to `category`, or null when it can: the last HIRED or REJECTED stage must
 * keep its category.
 */
export function categoryChangeBlocker(stages: readonly StageItem[], id: string, category: StageCategory): string | null {
  const stage = stages.find((item) => item.id === id);
  if (!stage || stage.category === category) return null;
  if ((stage.category === "HIRED" || stage.category === "REJECTED") && !stages.some((item) => item.id !== id && item.category === stage.category)) {
    return `This is the pipeline's only ${STAGE_CATEGORY_LABELS[stage.category]} stage`;
  }
  return null;
}

/**
 * Where a removed stage's cards can go (every other stage), with the default first: the stage before it, or the
 * one after it when it is first. Moving cards into HIRED or REJECTED would hire or reject them all, so those come
 * last and are never the default unless nothing else is left.
 */
export function removalTargets(stages: readonly StageItem[], id: string): { options: StageItem[]; defaultId: string | null } {
  const index = stages.findIndex((item) => item.id === id);
  const others = stages.filter((item) => item.id !== id);
  const isTerminal = (item: StageItem) => item.category === "HIRED" || item.category === "REJECTED";
  const preferred = [...stages.slice(0, Math.max(index, 0)).reverse(), ...stages.slice(index + 1)].filter((item) => item.id !== id);
  const defaultStage = preferred.find((item) => !isTerminal(item)) ?? preferred[0] ?? null;
  return { options: [...others.filter((item) => !isTerminal(item)), ...others.filter(isTerminal)], defaultId: defaultStage?.id ?? null };
}

/**
 * Where a new stage goes by default: before the first HIRED or REJECTED stage, so the pipeline keeps ending with
 * its outcomes; last when there is none.
 */
export function defaultNewStagePosition(stages: readonly StageItem[]): number {
  const index = stages.findIndex((item) => item.category === "HIRED" || item.category === "REJECTED");
  return index === -1 ? stages.length : index;
}

/** Whether the pipeline may get another stage. */
export function canAddStage(stages: readonly StageItem[]): boolean {
  return stages.length < LIMITS.stagesPerPipeline;
}
