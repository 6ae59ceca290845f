import { createContext, useContext, useSyncExternalStore } from "react";

/** What is being dragged right now, for the few components that show it. */
export interface DragState {
  /** The dragged card, or null when nothing is dragged. */
  activeId: string | null;
  /** The column the dragged card comes from. */
  activeStageId: string | null;
  /** The column under the dragged card, highlighted as the drop target. */
  overStageId: string | null;
  /** Where the card would land between the cards of another column: a line before or after this card. */
  indicator: { cardId: string; side: "before" | "after" } | null;
}

const IDLE: DragState = { activeId: null, activeStageId: null, overStageId: null, indicator: null };

/**
 * A tiny store for the drag state. Cards and columns subscribe to the one slice they show (their own indicator,
 * whether they are the target), so a drag re-renders the few components whose slice changed, never every card
 * through props.
 */
export class DragStore {
  private state: DragState = IDLE;
  private readonly listeners = new Set<() => void>();

  /** The current state (a new object after every change, the same one otherwise). */
  getState = (): DragState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Merges `changes` into the state; listeners are called only when something actually changed. */
  update(changes: Partial<DragState>): void {
    const next = { ...this.state, ...changes };
    const indicatorSame =
      next.indicator === this.state.indicator ||
      (next.indicator !== null &&
        this.state.indicator !== null &&
        next.indicator.cardId === this.state.indicator.cardId &&
        next.indicator.side === this.state.indicator.side);
    if (
      indicatorSame &&
      next.activeId === this.state.activeId &&
      next.activeStageId === this.state.activeStageId &&
      next.overStageId === this.state.overStageId
    ) {
      return;
    }
    this.state = indicatorSame ? { ...next, indicator: this.state.indicator } : next;
    this.listeners.forEach((listener) => listener());
  }

  /** Back to "nothing is dragged". */
  reset(): void {
    this.update(IDLE);
  }
}

/** Provided by `PipelineBoard`: its one drag store. */
export const DragStoreContext = createContext<DragStore | null>(null);

/**
 * One slice of the drag state; the component re-renders only when the slice changes. `select` must return a
 * primitive (or a value that stays the same object while unchanged).
 */
export function useDragSelector<T>(select: (state: DragState) => T): T {
  const store = useContext(DragStoreContext);
  if (!store) throw new Error("useDragSelector needs a DragStoreContext provider");
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.getState()),
    () => select(IDLE),
  );
}
