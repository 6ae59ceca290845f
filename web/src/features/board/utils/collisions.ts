import { closestCenter, KeyboardCode, pointerWithin, type ClientRect, type CollisionDetection, type KeyboardCoordinateGetter } from "@dnd-kit/core";

/** What a draggable or droppable on the board is: a card (dragged) or a column (dropped on). */
export interface BoardDroppableData {
  type: "card" | "column";
  stageId: string;
}

/** Reads the board's data off a draggable or droppable (undefined for anything else). */
export function readBoardData(data: { current?: unknown } | undefined | null): BoardDroppableData | undefined {
  const value = data?.current as Partial<BoardDroppableData> | undefined;
  if (!value || (value.type !== "card" && value.type !== "column") || typeof value.stageId !== "string") return undefined;
  return value as BoardDroppableData;
}

/**
 * The board's collision detection. Only columns are drop targets: where in the column the card lands is worked out
 * from the dragged card's height in the column's fixed-height rows (drop-target.ts), not from measuring every card,
 * which is what made picking a card up on a big board a long task (server/bench/FINDINGS.md, finding 8). With the
 * pointer: the column under it. From the keyboard: the column the dragged card's middle is in, else the nearest.
 */
export const detectBoardCollisions: CollisionDetection = (args) => {
  if (args.pointerCoordinates) return pointerWithin(args);
  const middleX = args.collisionRect.left + args.collisionRect.width / 2;
  for (const container of args.droppableContainers) {
    const rect = args.droppableRects.get(container.id);
    if (rect && rect.left <= middleX && middleX < rect.right) return [{ id: container.id, data: { droppableContainer: container, value: 0 } }];
  }
  return closestCenter(args);
};

/**
 * Keyboard moves for a picked-up card: left and right carry it to the neighbouring column at the same height, up
 * and down one row within the column. Returns the dragged card's new top-left, as dnd-kit's keyboard sensor wants.
 */
export function createBoardKeyboardCoordinates(rowHeight: number): KeyboardCoordinateGetter {
  return (event, { context: { collisionRect, droppableRects }, currentCoordinates }) => {
    switch (event.code) {
      case KeyboardCode.Up:
        event.preventDefault();
        return { ...currentCoordinates, y: currentCoordinates.y - rowHeight };
      case KeyboardCode.Down:
        event.preventDefault();
        return { ...currentCoordinates, y: currentCoordinates.y + rowHeight };
      case KeyboardCode.Left:
      case KeyboardCode.Right: {
        event.preventDefault();
        if (!collisionRect) return undefined;
        const columns = [...droppableRects.values()].filter((rect): rect is ClientRect => rect !== null && rect !== undefined).sort((a, b) => a.left - b.left);
        const middleX = collisionRect.left + collisionRect.width / 2;
        const current = columns.findIndex((rect) => rect.left <= middleX && middleX < rect.right);
        const next = event.code === KeyboardCode.Right ? columns[current + 1] : current > 0 ? columns[current - 1] : undefined;
        if (!next) return undefined;
        // Centre the card on the next column, keeping its height.
        return { ...currentCoordinates, x: currentCoordinates.x + (next.left + next.width / 2 - middleX) };
      }
      default:
        return undefined;
    }
  };
}
