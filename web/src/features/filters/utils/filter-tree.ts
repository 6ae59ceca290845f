import type { FilterCondition, FilterGroup } from "./filter-state";

/**
 * Where a condition sits in the builder's tree: the indexes from the root group down, e.g. `[2, 0]` is the
 * first condition of the group that is the root's third condition. Every function here returns a new tree and
 * leaves the one it was given as it was; a path that leads nowhere leaves the tree unchanged.
 */
export type ConditionPath = readonly number[];

/** The condition at `path`, or null. */
export function getConditionAt(root: FilterGroup, path: ConditionPath): FilterCondition | null {
  let current: FilterCondition = root;
  for (const index of path) {
    if (current.kind !== "group" || index < 0 || index >= current.conditions.length) return null;
    current = current.conditions[index];
  }
  return current;
}

/** Replaces the condition at `path` with what `update` returns for it. */
export function updateConditionAt(root: FilterGroup, path: ConditionPath, update: (condition: FilterCondition) => FilterCondition): FilterGroup {
  if (path.length === 0) {
    const next = update(root);
    return next.kind === "group" ? next : root;
  }
  const [index, ...rest] = path;
  if (index < 0 || index >= root.conditions.length) return root;
  const child = root.conditions[index];
  let nextChild: FilterCondition;
  if (rest.length === 0) nextChild = update(child);
  else if (child.kind === "group") nextChild = updateConditionAt(child, rest, update);
  else return root;
  if (nextChild === child) return root;
  const conditions = [...root.conditions];
  conditions[index] = nextChild;
  return { ...root, conditions };
}

/** Removes the condition at `path` (not the root). */
export function removeConditionAt(root: FilterGroup, path: ConditionPath): FilterGroup {
  if (path.length === 0) return root;
  const parentPath = path.slice(0, -1);
  const index = path[path.length - 1];
  return updateConditionAt(root, parentPath, (parent) => {
    if (parent.kind !== "group" || index < 0 || index >= parent.conditions.length) return parent;
    return { ...parent, conditions: parent.conditions.filter((_condition, position) => position !== index) };
  });
}

/** Appends `condition` to the group at `groupPath` (the root by default). */
export function appendCondition(root: FilterGroup, condition: FilterCondition, groupPath: ConditionPath = []): FilterGroup {
  return updateConditionAt(root, groupPath, (group) => (group.kind === "group" ? { ...group, conditions: [...group.conditions, condition] } : group));
}

/** How many conditions (groups not counted) the tree holds, complete or not. */
export function countConditions(group: FilterGroup): number {
  return group.conditions.reduce((count, condition) => count + (condition.kind === "group" ? countConditions(condition) : 1), 0);
}
