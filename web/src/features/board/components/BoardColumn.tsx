import type { FragmentType } from "@apollo/client";
import { useFragment } from "@apollo/client/react";
import { useDroppable } from "@dnd-kit/core";
import { Badge, Group, Text, Title, VisuallyHidden } from "@mantine/core";
import { memo, useId, useLayoutEffect, useMemo, type ReactNode } from "react";
import { graphql } from "../../../gql";
import { useBoard } from "../hooks/board-context";
import { BoardColumnView_column } from "../hooks/board-fragments";
import { useDragSelector } from "../hooks/drag-store";
import { describeCount, formatCount, formatSla } from "../utils/card-format";
import classes from "./board.module.css";
import { ColumnCards } from "./ColumnCards";

export const BoardColumn_column = graphql(`
  fragment BoardColumn_column on BoardColumn {
    count
    stage {
      id
      name
      category
      slaDays
    }
    cards(first: 15) {
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        rank
        version
        ...BoardCard_application
      }
    }
  }
`);

export interface BoardColumnProps {
  /** The column as the page's query read it: its stage's id (the column's identity) and the masked fragment. */
  column: { stage: { id: string } } & FragmentType<typeof BoardColumn_column>;
}

/**
 * One stage of the board: its name, count and SLA, and its cards as a virtualised list of draggable cards that
 * loads the next page as it scrolls. The whole column is the drop target: where in it a card lands follows from the
 * height it is released at (over the header: first; below the loaded cards: after the last of them). Re-renders only when its own data changes: the drag machinery lives in `ColumnDropZone` and
 * the rows, which it hands the same elements every time.
 */
export const BoardColumn = memo(function BoardColumn({ column }: BoardColumnProps) {
  // The query spreads BoardColumn_column (fetching the cards too); the column reads its narrower view of the same
  // cached column, which is identified by its stage.
  const stageRef = column.stage.id;
  const from = useMemo(() => ({ __typename: "BoardColumn", stage: { __typename: "Stage", id: stageRef } }), [stageRef]);
  const { data, complete } = useFragment({ fragment: BoardColumnView_column, from });
  const { isReadOnly, columnOrders } = useBoard();
  const headingId = useId();
  const nodes = data.cards?.nodes;
  const cardIds = useMemo(() => (nodes ?? []).flatMap((node) => (node?.id ? [node.id] : [])), [nodes]);
  useLayoutEffect(() => columnOrders.publish(stageRef, cardIds), [columnOrders, stageRef, cardIds]);
  if (!complete) return null;

  const { stage } = data;
  const sla = formatSla(stage.slaDays);
  return (
    <ColumnDropZone stageId={stage.id} stageName={stage.name} category={stage.category} headingId={headingId} isDisabled={isReadOnly}>
      <header className={classes.columnHeader}>
        <Group gap="xs" wrap="nowrap" justify="space-between">
          <Title order={2} id={headingId} size="h6" className={classes.columnTitle}>
            {stage.name}
          </Title>
          <Badge variant="light" color={stage.category === "REJECTED" ? "red" : stage.category === "HIRED" ? "green" : "indigo"} data-testid="board-column-count" data-count={data.count}>
            <span aria-hidden="true">{formatCount(data.count)}</span>
            <VisuallyHidden>{describeCount(data.count)}</VisuallyHidden>
          </Badge>
        </Group>
        {sla && (
          <Text size="xs" c="dimmed" data-testid="board-column-sla">
            {sla}
          </Text>
        )}
      </header>
      <ColumnCards
        stageId={stage.id}
        stageName={stage.name}
        cardIds={cardIds}
        totalCount={data.count}
        endCursor={data.cards.pageInfo.endCursor}
        hasNextPage={data.cards.pageInfo.hasNextPage}
      />
    </ColumnDropZone>
  );
});

interface ColumnDropZoneProps {
  stageId: string;
  stageName: string;
  category: string;
  headingId: string;
  isDisabled: boolean;
  children: ReactNode;
}

/**
 * The column's box and drop target. dnd-kit re-renders every droppable whenever what is dragged or what it is over
 * changes; this small component takes those re-renders, and its children (created by the column) are the same
 * elements each time, so React does not render them again.
 */
function ColumnDropZone({ stageId, stageName, category, headingId, isDisabled, children }: ColumnDropZoneProps) {
  const { setNodeRef } = useDroppable({ id: `column:${stageId}`, data: { type: "column", stageId }, disabled: isDisabled });
  const isDropTarget = useDragSelector((state) => state.overStageId === stageId && state.activeId !== null);
  return (
    <section
      ref={setNodeRef}
      className={classes.column}
      aria-labelledby={headingId}
      data-testid="board-column"
      data-stage-id={stageId}
      data-stage-name={stageName}
      data-stage-category={category}
      data-drop-target={isDropTarget || undefined}
    >
      {children}
    </section>
  );
}
