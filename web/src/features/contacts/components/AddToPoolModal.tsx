import { Alert, Button, Group, Modal, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { LIMITS } from "@talentlane/shared";
import { useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { describeError } from "../../../lib/graphql-errors";
import { useBulkContactActions } from "../hooks/useBulkContactActions";
import { describeMatchingScope, formatBulkTarget, formatContactCount } from "../utils/format";
import { countTargeted, type BulkTarget } from "../utils/selection";

export interface AddToPoolModalProps {
  opened: boolean;
  onClose: () => void;
  /** The picked contacts, or every contact the list's filter and search match. */
  target: BulkTarget;
  /** The STATIC pools (dynamic pools get their members from their filter). */
  pools: ReadonlyArray<{ id: string; name: string }>;
  onDone: () => void;
}

/** Adds the selected (or all matching) contacts to a static talent pool, or to a new one created on the spot. */
export function AddToPoolModal({ opened, onClose, target, pools, onDone }: AddToPoolModalProps) {
  const { addToPool, isAddingToPool } = useBulkContactActions();
  const [mode, setMode] = useState<"existing" | "new">(pools.length > 0 ? "existing" : "new");
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
      notifications.show({
        color: "green",
        title: "Added to pool",
        message: (
          <>
            {formatContactCount(result.added)} added to <Link to={`/pools/${encodeURIComponent(result.poolId)}`}>{result.poolName ?? "the pool"}</Link>
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
              { value: "existing", label: "Existing pool", disabled: pools.length === 0 },
              { value: "new", label: "New static pool" },
            ]}
          />
          {mode === "existing" ? (
            <Select label="Talent pool" placeholder="Pick a static pool" searchable data={pools.map((pool) => ({ value: pool.id, label: pool.name }))} value={poolId} onChange={setPoolId} />
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
