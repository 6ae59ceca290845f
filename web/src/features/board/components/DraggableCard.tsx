import { useDraggable } from "@dnd-kit/core";
import { memo, useMemo, type CSSProperties } from "react";
import { useDragSelector } from "../hooks/drag-store";
import { BoardCard } from "./BoardCard";
import classes from "./board.module.css";

export interface DraggableCardProps {
  applicationId: string;
  stageId: string;
  /** Where the virtualised list puts the card (px from the top of the column's content). */
  top: number;
  height: number;
  /** 1-based place in the column and the column's size, for screen readers. */
  position: number;
  setSize: number;
  isReadOnly: boolean;
}

/**
 * A card's place in its column: the draggable node (pointer drags start anywhere on it), the line that shows where
 * the dragged card would land next to it, and the memoised card itself, which re-renders on none of it. Cards are not
 * drop targets (their column is), so picking one up measures the columns and not every card on screen; the card
 * stays where it is while a picture of it follows the pointer (CardDragOverlay).
 */
export const DraggableCard = memo(function DraggableCard({ applicationId, stageId, top, height, position, setSize, isReadOnly }: DraggableCardProps) {
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, isDragging } = useDraggable({
    id: applicationId,
    data: { type: "card", stageId },
    disabled: isReadOnly,
  });
  const indicator = useDragSelector((state) => (state.indicator?.cardId === applicationId ? state.indicator.side : null));
  const handle = useMemo(() => ({ ref: setActivatorNodeRef, attributes }), [setActivatorNodeRef, attributes]);
  const style: CSSProperties = { top, height };
  return (
    <div
      ref={setNodeRef}
      role="listitem"
      aria-posinset={position}
      aria-setsize={setSize}
      className={classes.cardSlot}
      style={style}
      data-testid="board-card"
      data-application-id={applicationId}
      data-dragging={isDragging || undefined}
      data-drop-indicator={indicator ?? undefined}
      {...listeners}
    >
      <BoardCard applicationId={applicationId} stageId={stageId} handle={isReadOnly ? undefined : handle} isStatic={isReadOnly} />
    </div>
  );
});
