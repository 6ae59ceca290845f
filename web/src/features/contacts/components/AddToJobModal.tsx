import { Alert, Button, Group, Modal, Select, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMemo, useState, type FormEvent } from "react";
import { RemoteSelect } from "../../../components/pickers/RemoteSelect";
import { useJobStages } from "../../../components/pickers/useJobStages";
import { JOB_STATUS_GROUPS } from "../../../components/pickers/useRemoteOptions";
import { describeError } from "../../../lib/graphql-errors";
import { useBulkContactActions } from "../hooks/useBulkContactActions";
import { describeMatchingScope, formatBulkTarget, formatContactCount } from "../utils/format";
import type { BulkTarget } from "../utils/selection";

export interface AddToJobModalProps {
  opened: boolean;
  onClose: () => void;
  /** The picked contacts, or every contact the list's filter and search match. */
  target: BulkTarget;
  onDone: () => void;
}

const JOB_GROUP_ORDER = Object.values(JOB_STATUS_GROUPS);

/**
 * Adds the selected (or all matching) contacts to a job's pipeline (its first stage, or the stage picked). Any
 * job can be picked: the job picker searches the server as the user types.
 */
export function AddToJobModal({ opened, onClose, target, onDone }: AddToJobModalProps) {
  const { addToJob, isAddingToJob } = useBulkContactActions();
  const [jobId, setJobId] = useState<string | null>(null);
  const [stageId, setStageId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { job, loading: isLoadingStages } = useJobStages(jobId);
  // The dialog's content unmounts while it is closed and the job picker with it; the title read with the stages
  // lets the picker show the chosen job at once when the dialog opens again, instead of reading its label anew.
  const jobLabels = useMemo(() => new Map(job ? [[job.id, job.title]] : []), [job]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!jobId) {
      setError("Pick a job.");
      return;
    }
    setError(null);
    try {
      const { added, skipped } = await addToJob(target, jobId, stageId);
      notifications.show({
        color: "green",
        title: `Added to ${job?.title ?? "the job"}`,
        message: `${formatContactCount(added)} added${skipped > 0 ? `; ${formatContactCount(skipped)} skipped (already on the job)` : ""}.`,
      });
      onClose();
      onDone();
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={`Add ${formatBulkTarget(target)} to a job`}>
      <form onSubmit={handleSubmit}>
        <Stack gap="sm">
          {target.kind === "matching" && <Text size="sm">{describeMatchingScope(target)}</Text>}
          <RemoteSelect
            kind="jobs"
            label="Job"
            placeholder="Type to find a job"
            groupOrder={JOB_GROUP_ORDER}
            missingLabel="A job you cannot see"
            knownLabels={jobLabels}
            // Picking the chosen job again keeps it (Mantine's default would clear it, and the stage with it).
            allowDeselect={false}
            value={jobId}
            onChange={(next) => {
              setJobId(next);
              setStageId(null);
            }}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label="Starting stage"
            placeholder={jobId && isLoadingStages ? "Loading the stages…" : "The job's first stage"}
            clearable
            disabled={!job}
            data={(job?.stages ?? []).map((stage) => ({ value: stage.id, label: stage.name }))}
            value={stageId}
            onChange={setStageId}
          />
          {error && (
            <Alert color="red" role="alert" p="xs">
              <Text size="sm">{error}</Text>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={isAddingToJob}>
              Add to job
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
