import { DragOverlay } from "@dnd-kit/core";
import { useDragSelector } from "../hooks/drag-store";
import { BoardCard } from "./BoardCard";
import classes from "./board.module.css";

/**
 * The card under the pointer while it is dragged: a picture of the card (hidden from assistive technology, which
 * hears dnd-kit's announcements instead), so the card itself can stay in its list.
 */
export function CardDragOverlay() {
  const activeId = useDragSelector((state) => state.activeId);
  const activeStageId = useDragSelector((state) => state.activeStageId);
  return (
    <DragOverlay dropAnimation={null}>
      {activeId && activeStageId ? (
        <div className={classes.cardOverlay} aria-hidden="true" data-testid="board-card-overlay">
          <BoardCard applicationId={activeId} stageId={activeStageId} isStatic />
        </div>
      ) : null}
    </DragOverlay>
  );
}
