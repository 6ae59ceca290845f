import { Alert, Button, Group, Modal, Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { removalBlocker, removalTargets, type StageItem } from "../utils/stage-list";

export interface RemoveStageDialogProps {
  /** The stage to remove; null closes the dialog. */
  stage: StageItem | null;
  stages: readonly StageItem[];
  cardCount: number;
  onConfirm: (stageId: string, moveApplicationsToStageId: string) => Promise<string | null>;
  onClose: () => void;
}

/** Removes a stage after asking where its cards go (every card moves to the end of that stage). */
export function RemoveStageDialog({ stage, onClose, ...rest }: RemoveStageDialogProps) {
  return (
    <Modal closeButtonProps={{ "aria-label": "Close" }} opened={stage !== null} onClose={onClose} title={stage ? `Remove ${stage.name}` : ""} centered>
      {stage && <RemoveStageForm key={stage.id} stage={stage} onClose={onClose} {...rest} />}
    </Modal>
  );
}

function RemoveStageForm({ stage, stages, cardCount, onConfirm, onClose }: RemoveStageDialogProps & { stage: StageItem }) {
  const { options, defaultId } = removalTargets(stages, stage.id);
  const [targetId, setTargetId] = useState<string | null>(defaultId);
  const [error, setError] = useState<string | null>(null);
  const [isRemoving, setRemoving] = useState(false);
  const blocker = removalBlocker(stages, stage.id);
  const target = options.find((option) => option.id === targetId);

  async function handleSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (!targetId || blocker) return;
    setRemoving(true);
    const problem = await onConfirm(stage.id, targetId);
    setRemoving(false);
    if (problem) setError(problem);
    else onClose();
  }

  return (
    <form onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="sm">
        {blocker ? (
          <Alert color="orange" role="alert">
            {blocker}.
          </Alert>
        ) : (
          <>
            <Select
              label="Move its cards to"
              data={options.map((option) => ({ value: option.id, label: option.name }))}
              value={targetId}
              onChange={setTargetId}
              allowDeselect={false}
              required
              comboboxProps={{ withinPortal: true }}
              data-autofocus
            />
            <Text size="sm">
              {cardCount === 0
                ? `${stage.name} has no cards.`
                : `${cardCount === 1 ? "1 card" : `${cardCount} cards`} in ${stage.name} will move to the end of ${target?.name ?? "the stage you choose"}.`}{" "}
              The stage history keeps its name.
            </Text>
            {target && (target.category === "HIRED" || target.category === "REJECTED") && cardCount > 0 && (
              <Alert color="orange">Moving cards into {target.name} marks them {target.category === "HIRED" ? "hired" : "rejected"}.</Alert>
            )}
          </>
        )}
        {error && (
          <Alert color="red" role="alert" title="Could not remove the stage">
            {error}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" color="red" disabled={Boolean(blocker) || !targetId} loading={isRemoving}>
            Remove stage
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
