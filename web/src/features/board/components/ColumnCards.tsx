import { Button, Loader, Text } from "@mantine/core";
import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import { useCallback, useEffect, useRef, useState } from "react";
import { useBoard } from "../hooks/board-context";
import { useDragSelector } from "../hooks/drag-store";
import classes from "./board.module.css";
import { DraggableCard } from "./DraggableCard";

/** Every card has the same height (its text is cut to one line each), so rows need no measuring. */
export const CARD_HEIGHT = 108;
export const CARD_GAP = 8;
/** From one card's top to the next one's. */
export const ROW_HEIGHT = CARD_HEIGHT + CARD_GAP;
const estimateRowSize = () => ROW_HEIGHT;
/** Start loading the next page when the last visible row is this close to the end of what is loaded. */
const LOAD_AHEAD = 4;

export interface ColumnCardsProps {
  stageId: string;
  stageName: string;
  cardIds: readonly string[];
  /** How many cards the column holds in all (loaded or not). */
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * A column's cards, virtualised: only the rows in view (plus a few) are in the DOM, however many cards the column
 * has loaded, and the card being dragged stays mounted while it is scrolled out of view. Scrolling near the end
 * loads the next page; a failed page offers a retry.
 */
export function ColumnCards({ stageId, stageName, cardIds, totalCount, endCursor, hasNextPage }: ColumnCardsProps) {
  const { isReadOnly, loadMore } = useBoard();
  const scrollRef = useRef<HTMLDivElement>(null);
  const activeId = useDragSelector((state) => (state.activeStageId === stageId ? state.activeId : null));
  const activeIndex = activeId === null ? -1 : cardIds.indexOf(activeId);
  const rowCount = cardIds.length + (hasNextPage ? 1 : 0);

  const keepActiveMounted = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= 0 && !indexes.includes(activeIndex)) return [...indexes, activeIndex].sort((a, b) => a - b);
      return indexes;
    },
    [activeIndex],
  );
  // Stable callbacks: the virtualizer recomputes every row's position when `getItemKey` changes.
  const getItemKey = useCallback((index: number) => cardIds[index] ?? "load-more", [cardIds]);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement,
    estimateSize: estimateRowSize,
    // One row beyond the visible ones: every mounted card is a draggable that dnd-kit re-renders when a drag starts
    // (the benchmark's long-task finding), and fixed-height rows need no more to keep the edge filled.
    overscan: 1,
    getItemKey,
    rangeExtractor: keepActiveMounted,
  });
  const rows = virtualizer.getVirtualItems();
  // The visible range (without overscan), so a column whose first page fills the screen loads more only once it
  // is scrolled.
  const lastVisibleIndex = virtualizer.range?.endIndex ?? -1;

  const [loadState, setLoadState] = useState<"idle" | "loading" | "failed">("idle");
  const requestMore = useCallback(async () => {
    if (!endCursor) return;
    setLoadState("loading");
    try {
      await loadMore(stageId, endCursor);
      setLoadState("idle");
    } catch {
      setLoadState("failed");
    }
  }, [endCursor, loadMore, stageId]);

  useEffect(() => {
    if (hasNextPage && endCursor && loadState === "idle" && lastVisibleIndex >= cardIds.length - LOAD_AHEAD) void requestMore();
  }, [hasNextPage, endCursor, loadState, lastVisibleIndex, cardIds.length, requestMore]);

  return (
    <div ref={scrollRef} className={classes.columnScroller} data-testid="board-column-cards">
      {cardIds.length === 0 && !hasNextPage && (
        <Text size="xs" c="dimmed" ta="center" py="md">
          No candidates
        </Text>
      )}
      <div role="list" aria-label={`${stageName} cards`} className={classes.columnList} style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const applicationId = cardIds[row.index];
          if (applicationId === undefined) {
            return (
              <div key={row.key} className={classes.loaderSlot} style={{ top: row.start, height: CARD_HEIGHT }}>
                {loadState === "failed" ? (
                  <Button size="xs" variant="light" color="red" onClick={() => void requestMore()}>
                    Could not load more. Retry
                  </Button>
                ) : loadState === "loading" ? (
                  <Loader size="sm" aria-label={`Loading more ${stageName} cards`} />
                ) : (
                  <Button size="xs" variant="subtle" onClick={() => void requestMore()}>
                    Load more
                  </Button>
                )}
              </div>
            );
          }
          return (
            <DraggableCard
              key={row.key}
              applicationId={applicationId}
              stageId={stageId}
              top={row.start}
              height={CARD_HEIGHT}
              position={row.index + 1}
              setSize={Math.max(totalCount, cardIds.length)}
              isReadOnly={isReadOnly}
            />
          );
        })}
      </div>
    </div>
  );
}
