import { Button, Group, Paper, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { confirmAction } from "../../../components/ui/confirm";
import { describeError } from "../../../lib/graphql-errors";
import { usePoolMutations } from "../hooks/usePoolMutations";

export interface PoolMembersBulkBarProps {
  poolId: string;
  poolName: string;
  selectedIds: readonly string[];
  onClearSelection: () => void;
}

/** Shown while members of a static pool are selected: how many, and "Remove from pool" (after a confirmation). */
export function PoolMembersBulkBar({ poolId, poolName, selectedIds, onClearSelection }: PoolMembersBulkBarProps) {
  const { removeMembers, isRemoving } = usePoolMutations();
  if (selectedIds.length === 0) return null;

  function handleRemove() {
    const ids = [...selectedIds];
    confirmAction({
      title: "Remove from pool?",
      message: `Remove ${ids.length === 1 ? "1 contact" : `${ids.length} contacts`} from “${poolName}”? The contacts themselves stay.`,
      confirmLabel: "Remove",
      onConfirm: async () => {
        try {
          const removed = await removeMembers(poolId, ids);
          onClearSelection();
          notifications.show({ color: "green", title: "Removed from pool", message: `${removed} removed.` });
        } catch (caught) {
          notifications.show({ color: "red", title: "Could not remove members", message: describeError(caught) });
        }
      },
    });
  }

  return (
    <Paper withBorder p="xs" bg="indigo.0" role="region" aria-label="Bulk actions">
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {selectedIds.length} selected
        </Text>
        <Group gap="xs">
          <Button size="xs" color="red" variant="light" onClick={handleRemove} loading={isRemoving}>
            Remove from pool
          </Button>
          <Button size="xs" variant="subtle" color="gray" onClick={onClearSelection}>
            Clear selection
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
