/**
 * Where a dragged card lands. Pure: the board's drag handlers describe the drop (which card, from which column,
 * over which card or column) and get back the card's new place, or null when nothing moves.
 */

/** What the pointer (or keyboard) released the card over. */
export interface DropRequest {
  /** The dragged card. */
  activeId: string;
  /** The column the card is in now. */
  fromStageId: string;
  /** The column it was dropped on. */
  toStageId: string;
  /** The target column's loaded cards in order (including the dragged card when it is the same column). */
  targetCardIds: readonly string[];
  /** The card it was dropped on, or null when it was dropped on the column itself (its header or empty space). */
  overCardId: string | null;
  /**
   * Dropping on a card of another column: true puts it after that card (the pointer was past its middle),
   * false before it. Ignored within one column, where the dropped card takes the place of the card it is over.
   */
  isAfterOverCard: boolean;
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

/**
 * The card's new place, or null when the drop changes nothing (dropped on itself, or back where it was).
 * Within one column the card takes the index of the card it is over (moving forward it goes after it, moving
 * backward before it), which is what the sortable animation showed; dropped on the column itself it goes last.
 * Into another column it goes before or after the card it is over, or last when dropped on the column.
 */
export function resolveDrop(request: DropRequest): CardDrop | null {
  const { activeId, fromStageId, toStageId, targetCardIds, overCardId } = request;
  if (overCardId === activeId) return null;
  const rest = targetCardIds.filter((id) => id !== activeId);
  const from = targetCardIds.indexOf(activeId);
  let index: number;
  if (fromStageId === toStageId && from !== -1) {
    const overIndex = overCardId === null ? -1 : targetCardIds.indexOf(overCardId);
    index = overIndex === -1 ? rest.length : overIndex;
    if (index === from) return null;
  } else {
    const overIndex = overCardId === null ? -1 : rest.indexOf(overCardId);
    index = overIndex === -1 ? rest.length : overIndex + (request.isAfterOverCard ? 1 : 0);
  }
  const order = [...rest.slice(0, index), activeId, ...rest.slice(index)];
  return {
    toStageId,
    index,
    order,
    afterId: order[index - 1] ?? null,
    beforeId: order[index + 1] ?? null,
  };
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
