import type { FragmentType } from "@apollo/client";
import { useFragment, useMutation } from "@apollo/client/react";
import { Badge, Group, Text } from "@mantine/core";
import { LIMITS } from "@talentlane/shared";
import { useId, useState } from "react";
import { RemoteTagsInput } from "../../../../components/pickers/RemoteTagsInput";
import { graphql } from "../../../../gql";
import { describeError } from "../../../../lib/graphql-errors";
import { useCanWrite } from "../../../../lib/viewer-context";

export const ContactTags_contact = graphql(`
  fragment ContactTags_contact on Contact {
    id
    tags {
      id
      name
    }
  }
`);

const AddContactTagsMutation = graphql(`
  mutation AddContactTags($input: BulkTagInput!) {
    tagContacts(input: $input) {
      contacts {
        id
        tags {
          id
          name
        }
      }
    }
  }
`);

const RemoveContactTagsMutation = graphql(`
  mutation RemoveContactTags($input: BulkTagInput!) {
    untagContacts(input: $input) {
      contacts {
        id
        tags {
          id
          name
        }
      }
    }
  }
`);

export interface ContactTagsEditorProps {
  contact: FragmentType<typeof ContactTags_contact>;
}

/**
 * The contact's tags; adding or removing one saves at once, and the workspace's tags containing what is typed are
 * suggested from the server. Viewers who may not write get the tags as a list.
 */
export function ContactTagsEditor({ contact }: ContactTagsEditorProps) {
  const { data, complete } = useFragment({ fragment: ContactTags_contact, from: contact });
  const canWrite = useCanWrite();
  const [addTags, addState] = useMutation(AddContactTagsMutation);
  const [removeTags, removeState] = useMutation(RemoveContactTagsMutation);
  const [error, setError] = useState<string | null>(null);
  if (!complete) return null;
  const names = data.tags.map((tag) => tag.name);
  const contactId = data.id;
  if (!canWrite) return <ContactTagList names={names} />;

  async function handleChange(next: string[]) {
    const lower = new Set(names.map((name) => name.toLowerCase()));
    const nextLower = new Set(next.map((name) => name.toLowerCase()));
    const added = next.filter((name) => !lower.has(name.toLowerCase()));
    const removed = names.filter((name) => !nextLower.has(name.toLowerCase()));
    setError(null);
    try {
      if (added.length > 0) await addTags({ variables: { input: { contactIds: [contactId], tags: added } } });
      if (removed.length > 0) await removeTags({ variables: { input: { contactIds: [contactId], tags: removed } } });
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  return (
    <div>
      <RemoteTagsInput
        label="Tags"
        placeholder={names.length === 0 ? "Add a tag" : undefined}
        value={names}
        onChange={(next) => void handleChange(next)}
        maxTags={LIMITS.tagsPerContact}
        disabled={addState.loading || removeState.loading}
        acceptValueOnBlur={false}
        size="xs"
      />
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </div>
  );
}

/** The tags, read-only: a labelled list of badges. */
function ContactTagList({ names }: { names: readonly string[] }) {
  const labelId = useId();
  return (
    <div>
      <Text size="xs" fw={500} mb={4} id={labelId}>
        Tags
      </Text>
      {names.length === 0 ? (
        <Text size="sm" c="dimmed">
          No tags
        </Text>
      ) : (
        <Group gap={4} component="ul" aria-labelledby={labelId} style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {names.map((name) => (
            <Badge key={name} component="li" variant="light" color="gray" tt="none">
              {name}
            </Badge>
          ))}
        </Group>
      )}
    </div>
  );
}
