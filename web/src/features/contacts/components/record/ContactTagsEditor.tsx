import type { FragmentType } from "@apollo/client";
import { useFragment, useMutation } from "@apollo/client/react";
import { TagsInput, Text } from "@mantine/core";
import { LIMITS } from "@talentlane/shared";
import { useState } from "react";
import { graphql } from "../../../../gql";
import { describeError } from "../../../../lib/graphql-errors";

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
  /** Existing tag names to suggest. */
  suggestions: readonly string[];
}

/** The contact's tags; adding or removing one saves at once. */
export function ContactTagsEditor({ contact, suggestions }: ContactTagsEditorProps) {
  const { data, complete } = useFragment({ fragment: ContactTags_contact, from: contact });
  const [addTags, addState] = useMutation(AddContactTagsMutation);
  const [removeTags, removeState] = useMutation(RemoveContactTagsMutation);
  const [error, setError] = useState<string | null>(null);
  if (!complete) return null;
  const names = data.tags.map((tag) => tag.name);
  const contactId = data.id;

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
      <TagsInput
        label="Tags"
        placeholder={names.length === 0 ? "Add a tag" : undefined}
        data={suggestions as string[]}
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
