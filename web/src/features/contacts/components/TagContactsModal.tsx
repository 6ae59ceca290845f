import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { LIMITS } from "@talentlane/shared";
import { useState, type FormEvent } from "react";
import { RemoteTagsInput } from "../../../components/pickers/RemoteTagsInput";
import { describeError } from "../../../lib/graphql-errors";
import { useBulkContactActions } from "../hooks/useBulkContactActions";
import { describeMatchingScope, formatBulkTarget, formatContactCount } from "../utils/format";
import { countTargeted, type BulkTarget } from "../utils/selection";

export interface TagContactsModalProps {
  opened: boolean;
  onClose: () => void;
  /** The picked contacts, or every contact the list's filter and search match. */
  target: BulkTarget;
  /** Called after the tags were added. */
  onDone: () => void;
}

/**
 * Adds tags (new ones are created) to the selected contacts, or to every matching one. Existing tags containing
 * what is typed are suggested from the server, however many the workspace has.
 */
export function TagContactsModal({ opened, onClose, target, onDone }: TagContactsModalProps) {
  const { tag, isTagging } = useBulkContactActions();
  const [tags, setTags] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (tags.length === 0) {
      setError("Add at least one tag.");
      return;
    }
    setError(null);
    try {
      const affected = await tag(target, tags);
      notifications.show({
        color: "green",
        title: "Tagged",
        message: `${tags.join(", ")} added to ${formatContactCount(affected)}${affected < countTargeted(target) ? " (the others had them already)" : ""}.`,
      });
      setTags([]);
      onClose();
      onDone();
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={`Tag ${formatBulkTarget(target)}`}>
      <form onSubmit={handleSubmit}>
        <Stack gap="sm">
          {target.kind === "matching" && <Text size="sm">{describeMatchingScope(target)}</Text>}
          <RemoteTagsInput
            label="Tags to add"
            description="Pick existing tags or type new ones; press Enter after each."
            value={tags}
            onChange={setTags}
            maxTags={LIMITS.tagsPerRequest}
            acceptValueOnBlur
            data-autofocus
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
            <Button type="submit" loading={isTagging}>
              Add tags
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
