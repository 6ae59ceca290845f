import { Alert, Button, Drawer, Group, Stack, Text } from "@mantine/core";
import type { ContactFilter } from "@talentlane/shared";
import { useState, type ReactNode } from "react";
import { describeError, isConflictError } from "../../../lib/graphql-errors";
import { usePoolMutations } from "../hooks/usePoolMutations";

export interface PoolFilterDrawerProps {
  opened: boolean;
  onClose: () => void;
  poolId: string;
  /** The version of the pool the editor started from (a newer one on the server is a conflict). */
  version: number;
  /** The filter as edited (null while it has no complete condition). */
  filter: ContactFilter | null;
  /** The editor (the page's filter builder over local state). */
  children: ReactNode;
  /** Called after a conflict, so the page reloads the pool. */
  onConflict: () => void;
}

/** Edits a dynamic pool's membership filter and saves it. */
export function PoolFilterDrawer({ opened, onClose, poolId, version, filter, children, onConflict }: PoolFilterDrawerProps) {
  const { updatePoolFilter, isUpdating } = usePoolMutations();
  const [error, setError] = useState<string | null>(null);

  async function handleSave() {
    if (!filter) {
      setError("A dynamic pool needs at least one condition.");
      return;
    }
    setError(null);
    try {
      await updatePoolFilter(poolId, filter, version);
      onClose();
    } catch (caught) {
      if (isConflictError(caught)) {
        setError("Someone else changed this pool while you were editing. The latest version has been loaded; make your change again.");
        onConflict();
      } else {
        setError(describeError(caught));
      }
    }
  }

  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="xl" title="Edit the pool's filter">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Members are every contact this filter matches, always up to date.
        </Text>
        {children}
        {error && (
          <Alert color="red" role="alert" p="xs">
            <Text size="sm">{error}</Text>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void handleSave()} loading={isUpdating}>
            Save filter
          </Button>
        </Group>
      </Stack>
    </Drawer>
  );
}
