import type { FragmentType } from "@apollo/client";
import { useApolloClient } from "@apollo/client/react";
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragMoveEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { VisuallyHidden } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { StageCategory } from "@talentlane/shared";
import { useCallback, useMemo, useRef, useState } from "react";
import type { ContactFilter } from "../../../gql/graphql";
import { readCard } from "../hooks/board-cache";
import { BoardContext, ColumnOrders, type BoardContextValue, type BoardStage, type MoveTarget } from "../hooks/board-context";
import { DragStore, DragStoreContext } from "../hooks/drag-store";
import { useLoadMoreCards } from "../hooks/useLoadMoreCards";
import { useMoveCard, type CardMoveOutcome } from "../hooks/useMoveCard";
import { createBoardKeyboardCoordinates, detectBoardCollisions, readBoardData } from "../utils/collisions";
import { insertionGap, insertionIndicator, resolveInsertion, resolveMoveToTop, resolveStep, type CardDrop, type InsertionRequest } from "../utils/drop-target";
import classes from "./board.module.css";
import { BoardColumn, type BoardColumn_column } from "./BoardColumn";
import { CardDragOverlay } from "./CardDragOverlay";
import { CARD_HEIGHT, ROW_HEIGHT } from "./ColumnCards";
import { RejectReasonDialog } from "./RejectReasonDialog";

export interface PipelineBoardProps {
  jobId: string;
  columns: ReadonlyArray<{ stage: { id: string; name: string; category: StageCategory } } & FragmentType<typeof BoardColumn_column>>;
  /** The board's filter and search, for loading more cards with the same narrowing. */
  filter: ContactFilter | null;
  search: string | null;
  /**
   * Cards cannot move (archived jobs, viewers who may not write): no drag, no "Move to…" menu. Whatever else the page
   * offers for changing the pipeline (e.g. "Add candidates") must go with it; the page shows that, not the board.
   */
  isReadOnly: boolean;
  /** True while the board is read again (a new filter, a refresh): the columns are marked busy. */
  isBusy?: boolean;
  /** Called after a CONFLICT: someone else changed a card, so the board must be read again. */
  onStale: () => void;
}

interface PendingRejection {
  applicationId: string;
  fromStageId: string;
  drop: CardDrop;
  candidateName: string;
  stageName: string;
}

const SCREEN_READER_INSTRUCTIONS = {
  draggable:
    "To move a candidate, press space or enter on their name, use the left and right arrow keys to move between columns " +
    "and up and down to move between cards, then press space or enter to drop, or escape to cancel. The card's “Move to…” menu does the same.",
};

const boardKeyboardCoordinates = createBoardKeyboardCoordinates(ROW_HEIGHT);

/**
 * A job's pipeline board: a column per stage, cards dragged between and within columns (pointer or keyboard) or
 * moved with each card's menu. Moves are optimistic and rolled back with a message when the server refuses them;
 * a move into a REJECTED column asks for the reason first.
 */
export function PipelineBoard({ jobId, columns, filter, search, isReadOnly, isBusy = false, onStale }: PipelineBoardProps) {
  const client = useApolloClient();
  const [dragStore] = useState(() => new DragStore());
  const [columnOrders] = useState(() => new ColumnOrders());
  const [pendingRejection, setPendingRejection] = useState<PendingRejection | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // The same stages (and so the same context value for every card's menu) until a stage really changes, however
  // often the board is read again.
  const stagesKey = columns.map(({ stage }) => `${stage.id}\u0000${stage.name}\u0000${stage.category}`).join("\u0001");
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `stagesKey` is the stages' identity
  const stages = useMemo<BoardStage[]>(() => columns.map((column) => ({ ...column.stage })), [stagesKey]);
  const stageIds = useMemo(() => stages.map((stage) => stage.id), [stages]);
  const stagesRef = useRef(stages);
  stagesRef.current = stages;

  const boardRef = useRef<HTMLDivElement>(null);
  const moveCard = useMoveCard({ stageIds, columnOrders });
  const loadMore = useLoadMoreCards({ jobId, filter, search });

  const nameOf = useCallback((id: UniqueIdentifier) => readCard(client.cache, String(id))?.contact.displayName ?? "The card", [client]);
  const stageName = useCallback((stageId: string | undefined) => stagesRef.current.find((stage) => stage.id === stageId)?.name ?? "", []);

  const reportOutcome = useCallback(
    (outcome: CardMoveOutcome) => {
      if (outcome.status === "moved") {
        setAnnouncement(`${outcome.candidateName} moved to ${outcome.toStageName}.`);
      } else if (outcome.status === "conflict") {
        setAnnouncement(outcome.message);
        notifications.show({ color: "orange", title: `Could not move ${outcome.candidateName}`, message: outcome.message });
        onStale();
      } else if (outcome.status === "failed") {
        setAnnouncement(`Could not move ${outcome.candidateName}: ${outcome.message}`);
        notifications.show({ color: "red", title: `Could not move ${outcome.candidateName}`, message: outcome.message });
      }
    },
    [onStale],
  );

  /** Moves a card now, or first asks for the reason when it goes into a REJECTED column from another kind. */
  const beginMove = useCallback(
    (applicationId: string, fromStageId: string, drop: CardDrop) => {
      const from = stagesRef.current.find((stage) => stage.id === fromStageId);
      const to = stagesRef.current.find((stage) => stage.id === drop.toStageId);
      if (!to) return;
      if (to.category === "REJECTED" && from?.category !== "REJECTED") {
        setPendingRejection({ applicationId, fromStageId, drop, candidateName: nameOf(applicationId), stageName: to.name });
        return;
      }
      void moveCard({ applicationId, fromStageId, drop, toStageName: to.name, isStageChange: fromStageId !== to.id }).then(reportOutcome);
    },
    [moveCard, nameOf, reportOutcome],
  );

  const requestMove = useCallback(
    (applicationId: string, fromStageId: string, target: MoveTarget) => {
      const drop =
        "step" in target
          ? resolveStep(applicationId, fromStageId, columnOrders.get(fromStageId), target.step)
          : resolveMoveToTop(applicationId, fromStageId, target.toStageId, columnOrders.get(target.toStageId));
      if (!drop) return;
      beginMove(applicationId, fromStageId, drop);
      focusCardSoon(drop.toStageId, applicationId, !("step" in target));
    },
    [beginMove, columnOrders],
  );

  const boardValue = useMemo<BoardContextValue>(
    () => ({ jobId, stages, isReadOnly, requestMove, loadMore, columnOrders }),
    [jobId, stages, isReadOnly, requestMove, loadMore, columnOrders],
  );

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: boardKeyboardCoordinates }),
  );

  function handleDragStart({ active }: DragStartEvent) {
    const stageId = readBoardData(active.data)?.stageId ?? null;
    dragStore.update({ activeId: String(active.id), activeStageId: stageId, overStageId: stageId, indicator: null });
  }

  function handleDragOver({ over }: DragOverEvent) {
    dragStore.update({ overStageId: readBoardData(over?.data)?.stageId ?? null });
  }

  /**
   * Where the dragged card would land if released now: the column it is over, and the gap between that column's
   * loaded cards nearest to the card's middle (rows have one fixed height, so no card needs measuring).
   */
  const insertionAt = useCallback(({ active, over }: Pick<DragMoveEvent, "active" | "over">): InsertionRequest | null => {
    const fromStageId = readBoardData(active.data)?.stageId;
    const toStageId = readBoardData(over?.data)?.stageId;
    const dragged = active.rect.current.translated;
    if (!fromStageId || !toStageId || !dragged) return null;
    const list = boardRef.current?.querySelector(`[data-testid="board-column"][data-stage-id="${CSS.escape(toStageId)}"] [role="list"]`);
    if (!list) return null;
    const targetCardIds = columnOrders.get(toStageId);
    const gap = insertionGap(dragged.top + dragged.height / 2, list.getBoundingClientRect().top, CARD_HEIGHT, ROW_HEIGHT, targetCardIds.length);
    return { activeId: String(active.id), fromStageId, toStageId, targetCardIds, gap };
  }, [columnOrders]);

  function handleDragMove(event: DragMoveEvent) {
    const insertion = insertionAt(event);
    dragStore.update({ indicator: insertion ? insertionIndicator(insertion) : null });
  }

  function handleDragEnd(event: DragEndEvent) {
    const insertion = insertionAt(event);
    dragStore.reset();
    const drop = insertion ? resolveInsertion(insertion) : null;
    if (insertion && drop) beginMove(insertion.activeId, insertion.fromStageId, drop);
  }

  const announcements = useMemo<Announcements>(() => {
    const describeOver = (over: { id: UniqueIdentifier; data: { current?: unknown } } | null) => {
      const data = readBoardData(over?.data);
      return over && data ? stageName(data.stageId) : null;
    };
    return {
      onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}.`,
      // Where a release would put the card, as the line on the board shows it (the column alone says nothing about
      // the place in it, which the up and down keys change).
      onDragMove: (event) => {
        const insertion = insertionAt(event);
        const indicator = insertion ? insertionIndicator(insertion) : null;
        if (!insertion || !indicator) return undefined;
        return `${nameOf(event.active.id)} would go ${indicator.side} ${nameOf(indicator.cardId)} in ${stageName(insertion.toStageId)}.`;
      },
      onDragOver: ({ active, over }) => {
        const target = describeOver(over);
        return target ? `${nameOf(active.id)} is over ${target}.` : `${nameOf(active.id)} is no longer over a column.`;
      },
      onDragEnd: ({ active, over }) => {
        const target = describeOver(over);
        return target ? `${nameOf(active.id)} was dropped on ${target}.` : `${nameOf(active.id)} was dropped back where it was.`;
      },
      onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled; it is back where it was.`,
    };
  }, [nameOf, stageName, insertionAt]);

  return (
    <BoardContext.Provider value={boardValue}>
      <DragStoreContext.Provider value={dragStore}>
        <DndContext
          sensors={sensors}
          collisionDetection={detectBoardCollisions}
          onDragStart={handleDragStart}
          onDragOver={handleDragOver}
          onDragMove={handleDragMove}
          onDragEnd={handleDragEnd}
          onDragCancel={() => dragStore.reset()}
          accessibility={{ announcements, screenReaderInstructions: SCREEN_READER_INSTRUCTIONS }}
        >
          <div ref={boardRef} className={classes.board} role="group" aria-label="Pipeline board" aria-busy={isBusy || undefined} data-testid="pipeline-board">
            {columns.map((column) => (
              <BoardColumn key={column.stage.id} column={column} />
            ))}
          </div>
          <CardDragOverlay />
        </DndContext>
        <VisuallyHidden role="status" aria-live="polite" data-testid="board-announcement">
          {announcement}
        </VisuallyHidden>
        <RejectReasonDialog
          pending={pendingRejection}
          onCancel={() => setPendingRejection(null)}
          onConfirm={(rejectReason) => {
            if (!pendingRejection) return;
            const { applicationId, fromStageId, drop, stageName: toStageName } = pendingRejection;
            setPendingRejection(null);
            void moveCard({ applicationId, fromStageId, drop, toStageName, isStageChange: true, rejectReason }).then(reportOutcome);
          }}
        />
      </DragStoreContext.Provider>
    </BoardContext.Provider>
  );
}

/**
 * After a move from the card's menu, puts keyboard focus back on the card (its handle) in its new place, so the
 * next key press acts on it. Moves to another column go to its top, so that column is scrolled to the top first.
 */
function focusCardSoon(stageId: string, applicationId: string, scrollToTop: boolean): void {
  const columnSelector = `[data-testid="board-column"][data-stage-id="${CSS.escape(stageId)}"]`;
  const handleSelector = `${columnSelector} [data-testid="board-card"][data-application-id="${CSS.escape(applicationId)}"] button`;
  let attempts = 0;
  // The card re-renders in its new column a frame or two after the move; until then the old copy is still there.
  const tryFocus = () => {
    attempts += 1;
    const handle = document.querySelector<HTMLElement>(handleSelector);
    if (handle) handle.focus();
    else if (attempts < 30) window.requestAnimationFrame(tryFocus);
  };
  window.requestAnimationFrame(() => {
    if (scrollToTop) document.querySelector<HTMLElement>(`${columnSelector} [data-testid="board-column-cards"]`)?.scrollTo({ top: 0 });
    window.requestAnimationFrame(tryFocus);
  });
}
