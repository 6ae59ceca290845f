import { chunk, keepLoaded, selectAllState, toggleAll, toggleId } from "./selection";

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
