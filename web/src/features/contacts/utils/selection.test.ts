import {
  canSelectAllMatching,
  chunk,
  countTargeted,
  isSameQuery,
  keepLoaded,
  NO_SELECTION,
  reconcileSelection,
  selectAllMatching,
  selectAllState,
  tickedIds,
  toBulkTarget,
  toggleAll,
  toggleAllRows,
  toggleId,
  toggleRow,
  type ContactQuery,
  type ContactSelection,
} from "./selection";

describe("toggleId", () => {
  it("adds an id that was not selected and removes one that was", () => {
    expect([...toggleId(new Set(["a"]), "b")]).toEqual(["a", "b"]);
    expect([...toggleId(new Set(["a", "b"]), "a")]).toEqual(["b"]);
  });

  it("does not change the set it was given", () => {
    const selected = new Set(["a"]);
    toggleId(selected, "b");
    expect([...selected]).toEqual(["a"]);
  });
});

describe("selectAllState", () => {
  it("is none for an empty list or nothing selected", () => {
    expect(selectAllState(new Set(["a"]), [])).toBe("none");
    expect(selectAllState(new Set(), ["a", "b"])).toBe("none");
  });

  it("is some when part of the loaded rows is selected", () => {
    expect(selectAllState(new Set(["a", "z"]), ["a", "b"])).toBe("some");
  });

  it("is all when every loaded row is selected, whatever else is", () => {
    expect(selectAllState(new Set(["a", "b", "z"]), ["a", "b"])).toBe("all");
  });
});

describe("toggleAll", () => {
  it("selects every loaded row when not all are selected", () => {
    expect([...toggleAll(new Set(["a"]), ["a", "b", "c"])].sort()).toEqual(["a", "b", "c"]);
    expect([...toggleAll(new Set(), ["a"])]).toEqual(["a"]);
  });

  it("clears the loaded rows when all are selected, keeping others", () => {
    expect([...toggleAll(new Set(["a", "b", "z"]), ["a", "b"])]).toEqual(["z"]);
  });

  it("does nothing for an empty list", () => {
    expect([...toggleAll(new Set(["z"]), [])]).toEqual(["z"]);
  });
});

describe("keepLoaded", () => {
  it("drops ids that are no longer in the list", () => {
    expect([...keepLoaded(new Set(["a", "b"]), ["b", "c"])]).toEqual(["b"]);
  });
});

describe("chunk", () => {
  it("splits into batches of the given size, the last one shorter", () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it("answers no batches for nothing", () => {
    expect(chunk([], 100)).toEqual([]);
  });

  it("refuses a size below one", () => {
    expect(() => chunk([1], 0)).toThrow(RangeError);
  });
});

const passive: ContactQuery = { filter: { tags: { anyOf: ["Passive"] } }, search: null };
const loaded = ["a", "b", "c"];
const picked = (...ids: string[]): ContactSelection => ({ kind: "ids", ids: new Set(ids) });
const idsOf = (selection: ContactSelection) => (selection.kind === "ids" ? [...selection.ids].sort() : selection.kind);

describe("canSelectAllMatching", () => {
  it("offers all matching once every loaded row is ticked and more match", () => {
    expect(canSelectAllMatching(picked("a", "b", "c"), loaded, 2000)).toBe(true);
  });

  it("does not offer it while only some loaded rows are ticked", () => {
    expect(canSelectAllMatching(picked("a", "b"), loaded, 2000)).toBe(false);
  });

  it("does not offer it when every match is loaded already", () => {
    expect(canSelectAllMatching(picked("a", "b", "c"), loaded, 3)).toBe(false);
  });

  it("does not offer it for an empty list or once all matching is selected", () => {
    expect(canSelectAllMatching(NO_SELECTION, [], 2000)).toBe(false);
    expect(canSelectAllMatching(selectAllMatching(passive, 2000), loaded, 2000)).toBe(false);
  });

  it("stops offering it when a further page is loaded and its rows are not ticked", () => {
    expect(canSelectAllMatching(picked("a", "b", "c"), [...loaded, "d"], 2000)).toBe(false);
  });
});

describe("selecting all matching", () => {
  const all = selectAllMatching(passive, 2000);

  it("counts the contacts the list counted, not the loaded rows", () => {
    expect(countTargeted(toBulkTarget(all)!)).toBe(2000);
    expect(countTargeted(toBulkTarget(picked("a", "b"))!)).toBe(2);
  });

  it("ticks every loaded row, including rows loaded later", () => {
    expect([...tickedIds(all, loaded)]).toEqual(loaded);
    expect([...tickedIds(all, [...loaded, "d"])]).toEqual([...loaded, "d"]);
    expect(selectAllState(tickedIds(all, loaded), loaded)).toBe("all");
  });

  it("falls back to the loaded rows minus the one unticked", () => {
    expect(idsOf(toggleRow(all, "b", loaded))).toEqual(["a", "c"]);
  });

  it("clears everything from the header checkbox", () => {
    expect(idsOf(toggleAllRows(all, loaded))).toEqual([]);
  });
});

describe("toggleRow and toggleAllRows with picked rows", () => {
  it("tick and untick single rows", () => {
    expect(idsOf(toggleRow(picked("a"), "b", loaded))).toEqual(["a", "b"]);
    expect(idsOf(toggleRow(picked("a", "b"), "a", loaded))).toEqual(["b"]);
  });

  it("tick every loaded row, then clear them", () => {
    const all = toggleAllRows(picked("a"), loaded);
    expect(idsOf(all)).toEqual(loaded);
    expect(idsOf(toggleAllRows(all, loaded))).toEqual([]);
  });
});

describe("reconcileSelection", () => {
  const stored = { query: passive, selection: selectAllMatching(passive, 2000) };

  it("keeps the selection (the same object) while the list shows the same filter and search", () => {
    expect(reconcileSelection(stored, { filter: { tags: { anyOf: ["Passive"] } }, search: null })).toBe(stored);
  });

  it("clears all matching when the filter changes", () => {
    expect(reconcileSelection(stored, { filter: { tags: { anyOf: ["Remote only"] } }, search: null }).selection).toBe(NO_SELECTION);
    expect(reconcileSelection(stored, { filter: null, search: null }).selection).toBe(NO_SELECTION);
  });

  it("clears all matching when the search changes", () => {
    expect(reconcileSelection(stored, { ...passive, search: "rust" }).selection).toBe(NO_SELECTION);
  });

  it("does not bring all matching back when the list returns to the old filter and search", () => {
    const elsewhere = reconcileSelection(stored, { ...passive, search: "rust" });
    expect(reconcileSelection(elsewhere, passive).selection).toBe(NO_SELECTION);
  });

  it("clears picked rows too, since they belong to the old list", () => {
    expect(reconcileSelection({ query: passive, selection: picked("a") }, { filter: null, search: "rust" }).selection).toBe(NO_SELECTION);
  });
});

describe("isSameQuery", () => {
  it("treats an empty search like no search", () => {
    expect(isSameQuery({ filter: null, search: "" }, { filter: null, search: null })).toBe(true);
  });

  it("tells a filter from no filter", () => {
    expect(isSameQuery({ filter: {}, search: null }, { filter: null, search: null })).toBe(false);
  });
});

describe("toBulkTarget", () => {
  it("sends nothing for an empty selection", () => {
    expect(toBulkTarget(NO_SELECTION)).toBeNull();
  });

  it("sends the picked ids", () => {
    const target = toBulkTarget(picked("a", "b"));
    expect(target).toEqual({ kind: "ids", contactIds: ["a", "b"] });
    expect(countTargeted(target!)).toBe(2);
  });

  it("sends the filter and search of all matching, with the count shown", () => {
    const target = toBulkTarget(selectAllMatching({ filter: passive.filter, search: "rust" }, 2000));
    expect(target).toEqual({ kind: "matching", filter: { tags: { anyOf: ["Passive"] } }, search: "rust", count: 2000 });
    expect(countTargeted(target!)).toBe(2000);
  });

  it("sends an empty filter, which the API reads as every contact, for a list without a filter", () => {
    expect(toBulkTarget(selectAllMatching({ filter: null, search: "" }, 2000))).toEqual({ kind: "matching", filter: {}, search: null, count: 2000 });
  });
});
