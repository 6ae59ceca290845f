import { Alert, Anchor, Button, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { LIMITS } from "@talentlane/shared";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router-dom";
import { RemoteSelect } from "../../../components/pickers/RemoteSelect";
import { describeError } from "../../../lib/graphql-errors";
import { useBulkContactActions } from "../hooks/useBulkContactActions";
import { describeMatchingScope, formatBulkTarget, formatContactCount } from "../utils/format";
import { countTargeted, type BulkTarget } from "../utils/selection";

export interface AddToPoolModalProps {
  opened: boolean;
  onClose: () => void;
  /** The picked contacts, or every contact the list's filter and search match. */
  target: BulkTarget;
  /** Whether the workspace has a STATIC pool (dynamic pools get their members from their filter). */
  hasStaticPools: boolean;
  onDone: () => void;
}

/**
 * Adds the selected (or all matching) contacts to a static talent pool, or to a new one created on the spot. Any
 * static pool can be picked: the pool picker searches the server as the user types.
 */
export function AddToPoolModal({ opened, onClose, target, hasStaticPools, onDone }: AddToPoolModalProps) {
  const { addToPool, isAddingToPool } = useBulkContactActions();
  const navigate = useNavigate();
  const [mode, setMode] = useState<"existing" | "new">(hasStaticPools ? "existing" : "new");
  const [poolId, setPoolId] = useState<string | null>(null);
  const [newName, setNewName] = useState("");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const pool = mode === "existing" ? (poolId ? { id: poolId } : null) : newName.trim() ? { newName: newName.trim() } : null;
    if (!pool) {
      setError(mode === "existing" ? "Pick a pool." : "Name the new pool.");
      return;
    }
    setError(null);
    try {
      const result = await addToPool(target, pool, note.trim() || null);
      const poolPath = `/pools/${encodeURIComponent(result.poolId)}`;
      notifications.show({
        color: "green",
        title: "Added to pool",
        message: (
          <>
            {formatContactCount(result.added)} added to{" "}
            {/* Notifications render outside the router, where a router <Link> cannot work: navigate from here. */}
            <Anchor
              inherit
              href={poolPath}
              onClick={(event) => {
                event.preventDefault();
                navigate(poolPath);
              }}
            >
              {result.poolName ?? "the pool"}
            </Anchor>
            {result.added < countTargeted(target) ? " (the others were members already)." : "."}
          </>
        ),
      });
      setNote("");
      setNewName("");
      onClose();
      onDone();
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={`Add ${formatBulkTarget(target)} to a talent pool`}>
      <form onSubmit={handleSubmit}>
        <Stack gap="sm">
          {target.kind === "matching" && <Text size="sm">{describeMatchingScope(target)}</Text>}
          <SegmentedControl
            aria-label="Which pool"
            value={mode}
            onChange={(value) => setMode(value as "existing" | "new")}
            data={[
              { value: "existing", label: "Existing pool", disabled: !hasStaticPools },
              { value: "new", label: "New static pool" },
            ]}
          />
          {mode === "existing" ? (
            <RemoteSelect
              kind="staticPools"
              label="Talent pool"
              placeholder="Type to find a static pool"
              missingLabel="A deleted pool"
              value={poolId}
              onChange={(next) => setPoolId(next)}
              comboboxProps={{ withinPortal: true }}
            />
          ) : (
            <TextInput label="New pool name" maxLength={LIMITS.nameMaxLength} value={newName} onChange={(event) => setNewName(event.currentTarget.value)} />
          )}
          <Textarea label="Note" description="Kept on each new membership, e.g. why they were added." autosize minRows={2} maxLength={LIMITS.lineMaxLength} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
          {error && (
            <Alert color="red" role="alert" p="xs">
              <Text size="sm">{error}</Text>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={isAddingToPool}>
              Add to pool
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
