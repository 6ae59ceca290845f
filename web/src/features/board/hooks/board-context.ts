import type { StageCategory } from "@talentlane/shared";
import { createContext, useContext } from "react";

/** A column of the board as the move controls need it. */
export interface BoardStage {
  id: string;
  name: string;
  category: StageCategory;
}

/** Where a card is asked to go from its menu: the top of another column, or one step within its own. */
export type MoveTarget = { toStageId: string } | { step: -1 | 1 };

/**
 * What every column and card of one board shares. The value changes only when the stages do, so reading it
 * re-renders nothing during a drag.
 */
export interface BoardContextValue {
  jobId: string;
  stages: readonly BoardStage[];
  /** Archived jobs, and viewers who may not write, get a read-only board: no drag, no menu. */
  isReadOnly: boolean;
  /** Moves a card from its menu (the reason dialog opens first for a REJECTED column). */
  requestMove: (applicationId: string, fromStageId: string, target: MoveTarget) => void;
  /** Loads the next page of a column's cards after `after`; rejects when it fails. */
  loadMore: (stageId: string, after: string) => Promise<void>;
  /** Where each column publishes the ids of its loaded cards, as it shows them (see `ColumnOrders`). */
  columnOrders: ColumnOrders;
}

/**
 * The loaded card ids of every column, as the columns last rendered them. Drag and move handlers need a column's
 * order at once; reading it back from the cache would walk every loaded card (thousands, on a big board), while the
 * column already has the list.
 */
export class ColumnOrders {
  private readonly orders = new Map<string, readonly string[]>();

  /** Records a column's order (called by the column whenever its list changes). */
  publish(stageId: string, cardIds: readonly string[]): void {
    this.orders.set(stageId, cardIds);
  }

  /** A column's loaded card ids, top first; empty for a column that has not rendered. */
  get(stageId: string): readonly string[] {
    return this.orders.get(stageId) ?? [];
  }
}

/** Provided by `PipelineBoard` to its columns and cards. */
export const BoardContext = createContext<BoardContextValue | null>(null);

/** The board's shared value; throws outside a board. */
export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error("useBoard needs a BoardContext provider");
  return value;
}
