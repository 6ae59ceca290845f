import { useMutation } from "@apollo/client/react";
import type { Reference } from "@apollo/client";
import { graphql } from "../../../gql";

const LogInteractionMutation = graphql(`
  mutation LogInteraction($input: LogInteractionInput!) {
    logInteraction(input: $input) {
      interaction {
        id
        channel
        ...TimelineItem_interaction
      }
    }
  }
`);

/** What a person logs: a call, note, email, meeting or message with a contact. */
export interface InteractionDraft {
  channel: "CALL" | "NOTE" | "EMAIL" | "MEETING" | "MESSAGE" | "INTERVIEW";
  direction: "INBOUND" | "OUTBOUND" | "INTERNAL" | null;
  subject: string | null;
  body: string | null;
  durationMinutes: number | null;
}

interface StoredTimeline {
  edges?: Array<{ cursor: string; node: Reference }>;
  totalCount?: number;
  [field: string]: unknown;
}

/**
 * Logs an interaction and puts it at the top of the contact's cached timeline (every cached variant that is
 * not narrowed to other channels), so it shows at once without reloading the page.
 */
export function useLogInteraction(contactId: string) {
  const [log, { loading }] = useMutation(LogInteractionMutation, {
    update(cache, { data }) {
      const interaction = data?.logInteraction.interaction;
      if (!interaction) return;
      const ref = cache.identify({ __typename: "Interaction", id: interaction.id });
      if (!ref) return;
      cache.modify({
        id: cache.identify({ __typename: "Contact", id: contactId }),
        fields: {
          timeline(existing: StoredTimeline | Reference, { storeFieldName, isReference }) {
            if (isReference(existing) || !existing?.edges) return existing;
            if (storeFieldName.includes('"channels"') && !storeFieldName.includes(interaction.channel)) return existing;
            if (existing.edges.some((edge) => edge.node.__ref === ref)) return existing;
            return {
              ...existing,
              edges: [{ __typename: "InteractionEdge", cursor: "", node: { __ref: ref } }, ...existing.edges],
              ...(typeof existing.totalCount === "number" ? { totalCount: existing.totalCount + 1 } : {}),
            };
          },
        },
      });
    },
  });

  async function logInteraction(draft: InteractionDraft): Promise<void> {
    await log({ variables: { input: { contactId, ...draft } } });
  }

  return { logInteraction, isLogging: loading };
}
