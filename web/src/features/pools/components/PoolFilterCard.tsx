import { Button, Group, List, Paper, Stack, Text } from "@mantine/core";

export interface PoolFilterCardProps {
  /** The pool's filter in plain English, one line per condition. */
  lines: readonly string[];
  /** Opens the filter editor; without it there is no "Edit filter" (viewers who may not write). */
  onEdit?: () => void;
}

/** A dynamic pool's membership rule, read-only, with "Edit filter" when it can be edited. */
export function PoolFilterCard({ lines, onEdit }: PoolFilterCardProps) {
  return (
    <Paper withBorder p="sm" component="section" aria-label="Membership filter">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Members: every contact matching
          </Text>
          <List size="sm">
            {lines.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        </Stack>
        {onEdit && (
          <Button size="xs" variant="default" onClick={onEdit}>
            Edit filter
          </Button>
        )}
      </Group>
    </Paper>
  );
}
