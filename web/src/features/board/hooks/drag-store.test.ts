import { DragStore } from "./drag-store";

describe("DragStore", () => {
  it("starts idle", () => {
    expect(new DragStore().getState()).toEqual({ activeId: null, activeStageId: null, overStageId: null, indicator: null });
  });

  it("tells its listeners about a change, and not about an update that changes nothing", () => {
    const store = new DragStore();
    const listener = jest.fn();
    store.subscribe(listener);
    store.update({ activeId: "a", activeStageId: "lead" });
    expect(listener).toHaveBeenCalledTimes(1);
    store.update({ activeId: "a" });
    store.update({ indicator: null });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("keeps the same state object while the indicator only repeats itself (every pointer move)", () => {
    const store = new DragStore();
    store.update({ indicator: { cardId: "c", side: "before" } });
    const state = store.getState();
    store.update({ indicator: { cardId: "c", side: "before" } });
    expect(store.getState()).toBe(state);
    store.update({ indicator: { cardId: "c", side: "after" } });
    expect(store.getState()).not.toBe(state);
  });

  it("resets to idle and stops calling unsubscribed listeners", () => {
    const store = new DragStore();
    const listener = jest.fn();
    const unsubscribe = store.subscribe(listener);
    store.update({ activeId: "a", overStageId: "screen" });
    unsubscribe();
    store.reset();
    expect(store.getState().activeId).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
