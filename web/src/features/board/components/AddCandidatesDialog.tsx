import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Checkbox, Group, Loader, Modal, ScrollArea, Select, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { LIMITS } from "@talentlane/shared";
import { useState } from "react";
import { graphql } from "../../../gql";
import { describeError } from "../../../lib/graphql-errors";
import type { BoardStage } from "../hooks/board-context";
import { normalizeBoardSearch } from "../utils/board-filters";
import { toggleSelection } from "../utils/selection";

const AddCandidatesSearchQuery = graphql(`
  query AddCandidatesSearch($search: String, $first: Int!) {
    contacts(search: $search, first: $first) {
      totalCount
      nodes {
        id
        displayName
        headline
        currentCompanyName
      }
    }
  }
`);

const AddContactsToJobMutation = graphql(`
  mutation AddContactsToJob($input: AddContactsToJobInput!) {
    addContactsToJob(input: $input) {
      addedCount
      skippedCount
    }
  }
`);

/** Contacts the dialog lists at once; searching narrows them. */
const RESULTS = 20;

export interface AddCandidatesDialogProps {
  jobId: string;
  jobTitle: string;
  stages: readonly BoardStage[];
  opened: boolean;
  onClose: () => void;
  /** Called after candidates were added, so the board can be read again. */
  onAdded: () => void;
}

/** Finds contacts and adds the ones picked to the job's pipeline (the first stage unless another is chosen). */
export function AddCandidatesDialog({ opened, onClose, ...rest }: AddCandidatesDialogProps) {
  return (
    <Modal closeButtonProps={{ "aria-label": "Close" }} opened={opened} onClose={onClose} title={`Add candidates to ${rest.jobTitle}`} size="lg">
      {opened && <AddCandidatesForm onClose={onClose} {...rest} />}
    </Modal>
  );
}

function AddCandidatesForm({ jobId, stages, onClose, onAdded }: Omit<AddCandidatesDialogProps, "opened" | "jobTitle">) {
  const [searchDraft, setSearchDraft] = useState("");
  const [search] = useDebouncedValue(normalizeBoardSearch(searchDraft), 300);
  const [selected, setSelected] = useState<Map<string, string>>(new Map());
  const openStages = stages.filter((stage) => stage.category !== "REJECTED" && stage.category !== "HIRED");
  const [stageId, setStageId] = useState<string | null>(openStages[0]?.id ?? null);
  // Not cached: the contacts list keeps its own pages under the same `contacts` field, and this short list must
  // not replace them.
  const { data, previousData, loading, error } = useQuery(AddCandidatesSearchQuery, {
    variables: { search: search || null, first: RESULTS },
    fetchPolicy: "no-cache",
  });
  const [addContacts, addState] = useMutation(AddContactsToJobMutation);
  const contacts = (data ?? previousData)?.contacts.nodes ?? [];

  async function handleAdd() {
    const contactIds = [...selected.keys()];
    try {
      const result = await addContacts({ variables: { input: { jobId, contactIds, ...(stageId ? { stageId } : {}) } } });
      const added = result.data?.addContactsToJob;
      notifications.show({
        color: "green",
        title: "Candidates added",
        message:
          `${added?.addedCount ?? 0} added` + (added?.skippedCount ? `, ${added.skippedCount} already on the job` : "") + ".",
      });
      onAdded();
      onClose();
    } catch {
      // Shown below from the mutation's error.
    }
  }

  return (
    <Stack gap="sm">
      <TextInput
        type="search"
        label="Search contacts"
        placeholder="Name, email, headline…"
        value={searchDraft}
        maxLength={LIMITS.searchMaxLength}
        onChange={(event) => setSearchDraft(event.currentTarget.value)}
        data-autofocus
      />
      {error && <Alert color="red" title="Could not search contacts">{describeError(error)}</Alert>}
      <ScrollArea.Autosize mah={320} type="auto">
        <Stack gap={6} role="group" aria-label="Contacts" aria-busy={loading || undefined}>
          {contacts.map((contact) => (
            <Checkbox
              key={contact.id}
              label={contact.displayName}
              description={[contact.headline, contact.currentCompanyName].filter(Boolean).join(" · ") || undefined}
              checked={selected.has(contact.id)}
              onChange={() => setSelected((current) => toggleSelection(current, contact.id, contact.displayName))}
            />
          ))}
          {!loading && contacts.length === 0 && (
            <Text size="sm" c="dimmed">
              No contacts match.
            </Text>
          )}
          {loading && contacts.length === 0 && <Loader size="sm" aria-label="Searching contacts" />}
        </Stack>
      </ScrollArea.Autosize>
      <Select
        label="Add to stage"
        data={openStages.map((stage) => ({ value: stage.id, label: stage.name }))}
        value={stageId}
        onChange={setStageId}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
      {addState.error && (
        <Alert color="red" title="Could not add the candidates" role="alert">
          {describeError(addState.error)}
        </Alert>
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed" role="status">
          {selected.size === 0 ? "No one picked yet" : `${selected.size} picked: ${[...selected.values()].join(", ")}`}
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void handleAdd()} disabled={selected.size === 0 || selected.size > LIMITS.bulkIdsMax} loading={addState.loading}>
            {selected.size === 1 ? "Add 1 candidate" : `Add ${selected.size} candidates`}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
