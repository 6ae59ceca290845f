import { toggleSelection } from "./selection";

describe("toggleSelection", () => {
  it("adds a contact that is not picked, keeping the picking order", () => {
    const picked = toggleSelection(new Map([["c1", "Ana"]]), "c2", "Ben");
    expect([...picked.entries()]).toEqual([
      ["c1", "Ana"],
      ["c2", "Ben"],
    ]);
  });

  it("removes a contact that is picked", () => {
    expect([...toggleSelection(new Map([["c1", "Ana"]]), "c1", "Ana").keys()]).toEqual([]);
  });

  it("does not change the selection it is given", () => {
    const before = new Map([["c1", "Ana"]]);
    toggleSelection(before, "c2", "Ben");
    expect(before.size).toBe(1);
  });
});
