import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { memo, useMemo, type CSSProperties } from "react";
import { useDragSelector } from "../hooks/drag-store";
import { BoardCard } from "./BoardCard";
import classes from "./board.module.css";

export interface SortableCardProps {
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
 * A card's place in its column: the sortable node (pointer drags start anywhere on it), the drop indicator when
 * a card from another column would land next to it, and the memoised card itself, which re-renders on none of it.
 */
export const SortableCard = memo(function SortableCard({ applicationId, stageId, top, height, position, setSize, isReadOnly }: SortableCardProps) {
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id: applicationId,
    data: { type: "card", stageId },
    disabled: isReadOnly,
  });
  const indicator = useDragSelector((state) => (state.indicator?.cardId === applicationId ? state.indicator.side : null));
  const handle = useMemo(() => ({ ref: setActivatorNodeRef, attributes }), [setActivatorNodeRef, attributes]);
  // No transform at all when the card stays put: dnd-kit hands every card a zero translation once a drag starts, and
  // each transformed card becomes a compositing layer the browser builds in that same frame.
  const isShifted = transform !== null && (transform.x !== 0 || transform.y !== 0);
  const style: CSSProperties = {
    top,
    height,
    transform: isShifted ? CSS.Translate.toString(transform) : undefined,
    transition,
  };
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
