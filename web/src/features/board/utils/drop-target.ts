/**
 * Where a dragged card lands. Pure: the board's drag handlers describe the release (which card, from which column,
 * into which column at which gap between its cards) and get back the card's new place, or null when nothing moves.
 */

/**
 * The gap a dragged card's middle is nearest to in a column of fixed-height rows: 0 is before the first card,
 * `count` after the last loaded one. `middleY` and `listTop` are in the same (viewport) coordinates; the list's
 * top moves with its scroll position, so no scroll offset is needed. Rows are `rowHeight` apart (card plus gap)
 * and `cardHeight` tall.
 */
export function insertionGap(middleY: number, listTop: number, cardHeight: number, rowHeight: number, count: number): number {
  const gap = Math.floor((middleY - listTop - cardHeight / 2) / rowHeight) + 1;
  return Math.min(Math.max(gap, 0), count);
}

/** A card's new place in its target column. */
export interface CardDrop {
  toStageId: string;
  /** The card's index in `order`. */
  index: number;
  /** The target column's loaded cards after the move, the dropped card included. */
  order: string[];
  /** The card right before it after the move, or null when it is first. */
  afterId: string | null;
  /** The card right after it after the move, or null when it is last of the loaded cards. */
  beforeId: string | null;
}

/** Where a dragged card is released: which card, from which column, into which column, at which gap. */
export interface InsertionRequest {
  /** The dragged card. */
  activeId: string;
  /** The column the card is in now. */
  fromStageId: string;
  /** The column it is released over. */
  toStageId: string;
  /** The target column's loaded cards in order (including the dragged card when it is the same column). */
  targetCardIds: readonly string[];
  /** The gap in `targetCardIds` as shown (0 = before the first card; the dragged card counts in its own column). */
  gap: number;
}

/**
 * The card's new place, or null when the release changes nothing (the gap just before or after the card in its own
 * column). Into another column, the gap is the index; cards the target column already lists twice (an optimistic
 * copy of the dragged card) are not duplicated.
 */
export function resolveInsertion({ activeId, fromStageId, toStageId, targetCardIds, gap }: InsertionRequest): CardDrop | null {
  const rest = targetCardIds.filter((id) => id !== activeId);
  const from = fromStageId === toStageId ? targetCardIds.indexOf(activeId) : -1;
  // In its own column the gaps below the card count it; without it, they are one place earlier.
  const index = Math.min(Math.max(from !== -1 && gap > from ? gap - 1 : gap, 0), rest.length);
  if (from !== -1 && index === from) return null;
  const order = [...rest.slice(0, index), activeId, ...rest.slice(index)];
  return { toStageId, index, order, afterId: order[index - 1] ?? null, beforeId: order[index + 1] ?? null };
}

/**
 * The line that shows where a release would put the card: before the card at `gap`, or after the last one, or
 * nothing (an empty column, whose highlight says enough, or a gap next to the card in its own column).
 */
export function insertionIndicator(request: InsertionRequest): { cardId: string; side: "before" | "after" } | null {
  if (!resolveInsertion(request)) return null;
  const { targetCardIds, gap } = request;
  if (gap < targetCardIds.length) return { cardId: targetCardIds[gap], side: "before" };
  const last = targetCardIds[targetCardIds.length - 1];
  return last === undefined ? null : { cardId: last, side: "after" };
}

/**
 * The card's new place when it is sent to the top of another column (the "Move to…" menu), or null when the
 * column is its own.
 */
export function resolveMoveToTop(activeId: string, fromStageId: string, toStageId: string, targetCardIds: readonly string[]): CardDrop | null {
  if (fromStageId === toStageId) return null;
  const order = [activeId, ...targetCardIds.filter((id) => id !== activeId)];
  return { toStageId, index: 0, order, afterId: null, beforeId: order[1] ?? null };
}

/**
 * The card's new place one step up (`-1`) or down (`+1`) in its own column, or null at the edge.
 */
export function resolveStep(activeId: string, stageId: string, cardIds: readonly string[], step: -1 | 1): CardDrop | null {
  const from = cardIds.indexOf(activeId);
  const index = from + step;
  if (from === -1 || index < 0 || index >= cardIds.length) return null;
  const rest = cardIds.filter((id) => id !== activeId);
  const order = [...rest.slice(0, index), activeId, ...rest.slice(index)];
  return { toStageId: stageId, index, order, afterId: order[index - 1] ?? null, beforeId: order[index + 1] ?? null };
}

/** The neighbour the API places the card next to: after the previous card, else before the next, else the end. */
export function toPlacement(drop: Pick<CardDrop, "afterId" | "beforeId">): { afterId?: string; beforeId?: string } {
  if (drop.afterId) return { afterId: drop.afterId };
  if (drop.beforeId) return { beforeId: drop.beforeId };
  return {};
}
