import type { FilterCondition, FilterGroup } from "./filter-state";
import { appendCondition, countConditions, getConditionAt, removeConditionAt, updateConditionAt } from "./filter-tree";

const go: FilterCondition = { kind: "skills", match: "anyOf", names: ["Go"], minLevel: null, minYears: null };
const berlin: FilterCondition = { kind: "location", countries: [], cities: ["Berlin"] };
const senior: FilterCondition = { kind: "experience", min: 5, max: null };

function tree(): FilterGroup {
  return { kind: "group", combinator: "and", conditions: [go, { kind: "group", combinator: "or", conditions: [berlin, senior] }] };
}

describe("getConditionAt", () => {
  it("finds conditions at the root and in nested groups", () => {
    expect(getConditionAt(tree(), [0])).toBe(go);
    expect(getConditionAt(tree(), [1, 1])).toBe(senior);
    expect(getConditionAt(tree(), [])).toEqual(tree());
  });

  it("answers null for paths that lead nowhere", () => {
    expect(getConditionAt(tree(), [5])).toBeNull();
    expect(getConditionAt(tree(), [0, 0])).toBeNull();
    expect(getConditionAt(tree(), [-1])).toBeNull();
  });
});

describe("updateConditionAt", () => {
  it("replaces a nested condition without changing the original tree", () => {
    const original = tree();
    const next = updateConditionAt(original, [1, 0], () => ({ ...berlin, cities: ["Munich"] }));
    expect(getConditionAt(next, [1, 0])).toEqual({ ...berlin, cities: ["Munich"] });
    expect(getConditionAt(original, [1, 0])).toBe(berlin);
    expect(next.conditions[0]).toBe(go);
  });

  it("changes the root group's combinator", () => {
    const next = updateConditionAt(tree(), [], (group) => ({ ...(group as FilterGroup), combinator: "or" }));
    expect(next.combinator).toBe("or");
  });

  it("refuses to replace the root with something that is not a group", () => {
    const original = tree();
    expect(updateConditionAt(original, [], () => go)).toBe(original);
  });

  it("leaves the tree as it was for a path that leads nowhere", () => {
    const original = tree();
    expect(updateConditionAt(original, [9], () => go)).toBe(original);
    expect(updateConditionAt(original, [0, 1], () => go)).toBe(original);
  });
});

describe("removeConditionAt", () => {
  it("removes root and nested conditions", () => {
    expect(removeConditionAt(tree(), [0]).conditions).toHaveLength(1);
    expect(getConditionAt(removeConditionAt(tree(), [1, 0]), [1])).toEqual({ kind: "group", combinator: "or", conditions: [senior] });
  });

  it("never removes the root, and ignores bad paths", () => {
    const original = tree();
    expect(removeConditionAt(original, [])).toBe(original);
    expect(removeConditionAt(original, [7])).toEqual(original);
  });
});

describe("appendCondition", () => {
  it("appends to the root by default and to a nested group by path", () => {
    expect(appendCondition(tree(), berlin).conditions).toHaveLength(3);
    expect((getConditionAt(appendCondition(tree(), go, [1]), [1]) as FilterGroup).conditions).toEqual([berlin, senior, go]);
  });

  it("does not append to something that is not a group", () => {
    const original = tree();
    expect(appendCondition(original, go, [0])).toEqual(original);
  });
});

describe("countConditions", () => {
  it("counts conditions in nested groups, not the groups", () => {
    expect(countConditions(tree())).toBe(3);
    expect(countConditions({ kind: "group", combinator: "and", conditions: [] })).toBe(0);
  });
});
