import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import { createCondition, type FilterGroup } from "../utils/filter-state";
import { appendCondition, countConditions } from "../utils/filter-tree";
import { useFilterBuilderOptions } from "../hooks/useFilterBuilderOptions";
import { ConditionList } from "./ConditionList";
import { FilterOptionsContext } from "./filter-options";
import { AddConditionMenu, CombinatorControl } from "./FilterControls";

export interface FilterBuilderProps {
  /** The builder's state (see `useUrlFilter`, or local state for a pool's saved filter). */
  value: FilterGroup;
  onChange: (next: FilterGroup) => void;
  /** Names the builder for assistive technology, e.g. "Filter contacts". */
  label?: string;
}

/**
 * Builds a contact filter from conditions: skills, location, experience, application stage, tags, custom
 * fields, company, saved segments and more, combined with "all" or "any", with one level of nested groups.
 * Reads its choices through `FilterBuilder_query`, which the page's query must spread.
 */
export function FilterBuilder({ value, onChange, label = "Filter" }: FilterBuilderProps) {
  const options = useFilterBuilderOptions();
  const count = countConditions(value);

  return (
    <FilterOptionsContext.Provider value={options}>
      <Paper withBorder p="sm" radius="sm" component="section" aria-label={label}>
        <Stack gap="xs">
          <Group justify="space-between" gap="xs">
            <Group gap="xs">
              <Text size="sm" fw={500}>
                Show contacts matching
              </Text>
              <CombinatorControl value={value.combinator} onChange={(combinator) => onChange({ ...value, combinator })} label="Combine conditions" />
            </Group>
            <Group gap="xs">
              <AddConditionMenu onAdd={(kind) => onChange(appendCondition(value, createCondition(kind, value.combinator)))} allowGroup />
              {count > 0 && (
                <Button variant="subtle" color="gray" size="xs" onClick={() => onChange({ ...value, conditions: [] })}>
                  Clear filter
                </Button>
              )}
            </Group>
          </Group>
          {value.conditions.length > 0 ? (
            <ConditionList group={value} path={[]} root={value} onChange={onChange} />
          ) : (
            <Text size="sm" c="dimmed">
              No conditions: every contact is shown. Add a condition to narrow the list.
            </Text>
          )}
        </Stack>
      </Paper>
    </FilterOptionsContext.Provider>
  );
}
