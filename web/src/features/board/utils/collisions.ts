import { closestCenter, closestCorners, pointerWithin, type Collision, type CollisionDetection } from "@dnd-kit/core";

/** What a droppable on the board is: a card (sortable) or a column. */
export interface BoardDroppableData {
  type: "card" | "column";
  stageId: string;
}

/** Reads the board's data off a droppable (undefined for anything else). */
export function readBoardData(data: { current?: unknown } | undefined | null): BoardDroppableData | undefined {
  const value = data?.current as Partial<BoardDroppableData> | undefined;
  if (!value || (value.type !== "card" && value.type !== "column") || typeof value.stageId !== "string") return undefined;
  return value as BoardDroppableData;
}

/**
 * The board's collision detection: the card under the pointer (from the keyboard: the droppable nearest by corners,
 * as dnd-kit's sortable keyboard coordinates expect); when that is a column (its header, a gap or empty space), the
 * column's card nearest to the dragged card instead, or the column itself when it has no cards. So a drop always
 * lands next to a card the user can see, never after cards that are not loaded.
 */
export const detectBoardCollisions: CollisionDetection = (args) => {
  const dataOf = (collision: Collision) => readBoardData(args.droppableContainers.find((container) => container.id === collision.id)?.data);
  const hits = args.pointerCoordinates ? pointerWithin(args) : closestCorners(args);
  const first = args.pointerCoordinates ? (hits.find((collision) => dataOf(collision)?.type === "card") ?? hits[0]) : hits[0];
  if (!first) return [];
  const data = dataOf(first);
  if (data?.type !== "column") return [first];
  // On a column's header, gap or empty space: its card nearest to the dragged card, else the column itself.
  const cardsOfColumn = args.droppableContainers.filter((container) => {
    const candidate = readBoardData(container.data);
    return candidate?.type === "card" && candidate.stageId === data.stageId;
  });
  if (cardsOfColumn.length === 0) return [first];
  const nearest = closestCenter({ ...args, droppableContainers: cardsOfColumn });
  return nearest.length > 0 ? [nearest[0]] : [first];
};

/**
 * Whether the dragged card's middle is below the middle of the card it is over, i.e. it should land after it.
 * Null rectangles (not measured yet) count as "before".
 */
export function isBelowMiddle(dragged: { top: number; height: number } | null | undefined, over: { top: number; height: number } | null | undefined): boolean {
  if (!dragged || !over) return false;
  return dragged.top + dragged.height / 2 > over.top + over.height / 2;
}
