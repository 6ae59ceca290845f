/**
 * Pure edits of a board column's loaded cards, used by the optimistic move. A column is the ordered list of what
 * the board has loaded; the server's order is by rank, and these keep that order.
 */

/** A loaded card: what the list operations need to know about it. */
export interface RankedCard {
  id: string;
  rank: string;
}

/** Where a moved card goes in its target column. */
export interface CardPlacement {
  /** Put it right after this card, when it is loaded. */
  afterId?: string | null;
  /** Else right before this card, when it is loaded. */
  beforeId?: string | null;
  /** Else by its rank among the loaded cards. */
  rank: string;
}

/**
 * `cards` with `card` removed (wherever it was) and inserted by `placement`: after `afterId` or before `beforeId`
 * when that neighbour is in the list, otherwise where its rank sorts (bytewise, like the server). Returns a new
 * array; `cards` is not changed.
 */
export function placeCard<T extends RankedCard>(cards: readonly T[], card: T, placement: CardPlacement): T[] {
  const rest = cards.filter((candidate) => candidate.id !== card.id);
  let index = -1;
  if (placement.afterId) {
    const after = rest.findIndex((candidate) => candidate.id === placement.afterId);
    if (after !== -1) index = after + 1;
  }
  if (index === -1 && placement.beforeId) {
    index = rest.findIndex((candidate) => candidate.id === placement.beforeId);
  }
  if (index === -1) {
    index = rest.findIndex((candidate) => compareRanks(candidate.rank, placement.rank) > 0);
    if (index === -1) index = rest.length;
  }
  return [...rest.slice(0, index), card, ...rest.slice(index)];
}

/** `cards` without the card `id` (the same array when it is not there). */
export function removeCard<T extends { id: string }>(cards: readonly T[], id: string): readonly T[] {
  const index = cards.findIndex((card) => card.id === id);
  return index === -1 ? cards : [...cards.slice(0, index), ...cards.slice(index + 1)];
}

/** A new count for a column that gains (`+1`) or loses (`-1`) a card; never below zero. */
export function adjustCount(count: number, change: number): number {
  return Math.max(0, count + change);
}

/** Compares ranks the way the server sorts them (`COLLATE "C"`: by UTF-16 code unit, which is bytewise for ASCII). */
export function compareRanks(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
