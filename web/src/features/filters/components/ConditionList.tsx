import { ActionIcon, Group, Paper, Stack, Text } from "@mantine/core";
import type { FilterCondition, FilterGroup } from "../utils/filter-state";
import { createCondition } from "../utils/filter-state";
import { appendCondition, removeConditionAt, updateConditionAt, type ConditionPath } from "../utils/filter-tree";
import { ConditionEditor, conditionTitle } from "./ConditionEditor";
import { AddConditionMenu, CombinatorControl } from "./FilterControls";

export interface ConditionListProps {
  /** The group whose conditions are listed. */
  group: FilterGroup;
  /** Where that group is in the tree. */
  path: ConditionPath;
  /** The whole tree, which every change replaces. */
  root: FilterGroup;
  onChange: (next: FilterGroup) => void;
}

/** A group's conditions, one row each, with "and"/"or" between them and a remove button per row. */
export function ConditionList({ group, path, root, onChange }: ConditionListProps) {
  const joiner = group.combinator === "and" ? "and" : "or";
  return (
    <Stack gap={6} component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {group.conditions.map((condition, index) => {
        const conditionPath = [...path, index];
        const update = (next: FilterCondition) => onChange(updateConditionAt(root, conditionPath, () => next));
        const title = conditionTitle(condition);
        return (
          <li key={index}>
            {index > 0 && (
              <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4} aria-hidden="true">
                {joiner}
              </Text>
            )}
            <Paper withBorder p="xs" radius="sm" bg={condition.kind === "group" ? "gray.0" : undefined} aria-label={`Condition ${index + 1}: ${title}`} role="group">
              <Group align="flex-start" justify="space-between" wrap="nowrap" gap="xs">
                {condition.kind === "group" ? (
                  <Stack gap="xs" style={{ flex: 1 }}>
                    <Group gap="xs">
                      <Text size="sm" fw={500}>
                        Group: match
                      </Text>
                      <CombinatorControl value={condition.combinator} onChange={(combinator) => update({ ...condition, combinator })} label={`Combine the conditions of group ${index + 1}`} />
                      <AddConditionMenu label="Add to group" onAdd={(kind) => onChange(appendCondition(root, createCondition(kind === "group" ? "skills" : kind), conditionPath))} />
                    </Group>
                    {condition.conditions.length > 0 ? (
                      <ConditionList group={condition} path={conditionPath} root={root} onChange={onChange} />
                    ) : (
                      <Text size="sm" c="dimmed">
                        An empty group matches everyone; add conditions to it.
                      </Text>
                    )}
                  </Stack>
                ) : (
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <ConditionEditor condition={condition} onChange={update} />
                  </div>
                )}
                <ActionIcon variant="subtle" color="gray" aria-label={`Remove condition ${index + 1}: ${title}`} onClick={() => onChange(removeConditionAt(root, conditionPath))}>
                  ✕
                </ActionIcon>
              </Group>
            </Paper>
          </li>
        );
      })}
    </Stack>
  );
}
