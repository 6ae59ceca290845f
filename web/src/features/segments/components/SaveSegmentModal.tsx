import { useApolloClient, useMutation } from "@apollo/client/react";
import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { LIMITS, type ContactFilter } from "@talentlane/shared";
import { useState, type FormEvent } from "react";
import { graphql } from "../../../gql";
import { appendToRootConnection } from "../../../lib/cache-updates";
import { describeError, readFieldProblems } from "../../../lib/graphql-errors";
import { mapProblemsToForm } from "../../../lib/form-errors";

const CreateSegmentMutation = graphql(`
  mutation CreateSegment($input: CreateSegmentInput!) {
    createSegment(input: $input) {
      segment {
        id
        name
        visibility
        description
      }
    }
  }
`);

export interface SaveSegmentModalProps {
  opened: boolean;
  onClose: () => void;
  /** The filter to save (the current one). */
  filter: ContactFilter | null;
  /** Called with the new segment's id once it is saved. */
  onSaved?: (segmentId: string) => void;
}

/** Saves the current filter as a named segment, private or shared with the workspace. */
export function SaveSegmentModal({ opened, onClose, filter, onSaved }: SaveSegmentModalProps) {
  const client = useApolloClient();
  const [createSegment, { loading }] = useMutation(CreateSegmentMutation);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [visibility, setVisibility] = useState<"PRIVATE" | "WORKSPACE">("PRIVATE");
  const [errors, setErrors] = useState<{ fields: Record<string, string>; message: string | null }>({ fields: {}, message: null });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) {
      setErrors({ fields: { name: "Name the segment" }, message: null });
      return;
    }
    if (!filter) return;
    setErrors({ fields: {}, message: null });
    try {
      const { data } = await createSegment({ variables: { input: { name: name.trim(), description: description.trim() || null, visibility, filter } } });
      const segment = data!.createSegment.segment;
      appendToRootConnection(client.cache, "segments", "SegmentEdge", { __typename: "Segment", id: segment.id });
      notifications.show({ color: "green", title: "Segment saved", message: `“${segment.name}” is in your saved segments.` });
      setName("");
      setDescription("");
      onClose();
      onSaved?.(segment.id);
    } catch (caught) {
      const mapped = mapProblemsToForm(readFieldProblems(caught), { knownPaths: (path) => path === "name" || path === "description" });
      setErrors({ fields: mapped.fields, message: Object.keys(mapped.fields).length > 0 && mapped.unplaced.length === 0 ? null : describeError(caught) });
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Save filter as a segment">
      <form onSubmit={handleSubmit}>
        <Stack gap="sm">
          <TextInput label="Segment name" required maxLength={LIMITS.nameMaxLength} value={name} onChange={(event) => setName(event.currentTarget.value)} error={errors.fields.name} data-autofocus />
          <Textarea label="Description" autosize minRows={2} maxLength={LIMITS.lineMaxLength} value={description} onChange={(event) => setDescription(event.currentTarget.value)} error={errors.fields.description} />
          <Radio.Group label="Who sees it" value={visibility} onChange={(value) => setVisibility(value as "PRIVATE" | "WORKSPACE")}>
            <Stack gap={6} mt={6}>
              <Radio value="PRIVATE" label="Only me" />
              <Radio value="WORKSPACE" label="Everyone in the workspace" />
            </Stack>
          </Radio.Group>
          {errors.message && (
            <Alert color="red" role="alert" p="xs">
              <Text size="sm">{errors.message}</Text>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading} disabled={!filter}>
              Save segment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
