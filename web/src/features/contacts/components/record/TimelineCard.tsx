import type { FragmentType } from "@apollo/client";
import { useFragment } from "@apollo/client/react";
import { Badge, Button, Group, Paper, Spoiler, Stack, Text, Title } from "@mantine/core";
import { useIntersection } from "@mantine/hooks";
import { useEffect } from "react";
import { graphql } from "../../../../gql";
import { INTERACTION_CHANNEL_LABELS, INTERACTION_DIRECTION_LABELS } from "../../../../lib/labels";
import { useCanWrite } from "../../../../lib/viewer-context";
import { formatDateTime } from "../../utils/record-format";
import { LogInteractionForm } from "./LogInteractionForm";

export const TimelineItem_interaction = graphql(`
  fragment TimelineItem_interaction on Interaction {
    id
    channel
    direction
    subject
    body
    occurredAt
    durationMinutes
    author {
      id
      name
    }
  }
`);

const CHANNEL_COLORS = { CALL: "teal", NOTE: "yellow", EMAIL: "blue", MEETING: "grape", MESSAGE: "cyan", INTERVIEW: "orange" } as const;

export interface TimelineCardProps {
  contactId: string;
  /** The interactions loaded so far, most recent first. */
  interactions: ReadonlyArray<{ id: string } & FragmentType<typeof TimelineItem_interaction>>;
  totalCount: number;
  hasMore: boolean;
  isLoadingMore: boolean;
  onLoadMore: () => void;
}

/**
 * The contact's interactions, most recent first, loading older ones as you scroll; with a form to log one for
 * viewers who may write.
 */
export function TimelineCard({ contactId, interactions, totalCount, hasMore, isLoadingMore, onLoadMore }: TimelineCardProps) {
  const canWrite = useCanWrite();
  const { ref, entry } = useIntersection({ rootMargin: "200px" });
  const isEndVisible = Boolean(entry?.isIntersecting);
  useEffect(() => {
    if (isEndVisible && hasMore && !isLoadingMore) onLoadMore();
  }, [isEndVisible, hasMore, isLoadingMore, onLoadMore]);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="timeline-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="timeline-title">
          Timeline
        </Title>
        <Text size="sm" c="dimmed">
          {totalCount} {totalCount === 1 ? "interaction" : "interactions"}
        </Text>
      </Group>
      {canWrite && <LogInteractionForm contactId={contactId} />}
      {interactions.length === 0 ? (
        <Text size="sm" c="dimmed" mt={canWrite ? "md" : 0}>
          {canWrite ? "No interactions yet. Log a call, note or email above." : "No interactions yet."}
        </Text>
      ) : (
        <Stack gap={0} mt="md" component="ol" aria-label="Interactions, most recent first" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {interactions.map((interaction) => (
            <TimelineItem key={interaction.id} interaction={interaction} />
          ))}
        </Stack>
      )}
      <div ref={ref} />
      {hasMore && (
        <Group justify="center" mt="sm">
          <Button size="xs" variant="default" onClick={onLoadMore} loading={isLoadingMore}>
            Load older interactions
          </Button>
        </Group>
      )}
    </Paper>
  );
}

function TimelineItem({ interaction }: { interaction: FragmentType<typeof TimelineItem_interaction> }) {
  const { data, complete } = useFragment({ fragment: TimelineItem_interaction, from: interaction });
  if (!complete) return null;
  return (
    <li style={{ borderTop: "1px solid var(--mantine-color-gray-2)", padding: "10px 0" }}>
      <Group gap={6} wrap="wrap">
        <Badge size="sm" variant="light" color={CHANNEL_COLORS[data.channel]}>
          {INTERACTION_CHANNEL_LABELS[data.channel]}
        </Badge>
        {data.subject && (
          <Text size="sm" fw={500}>
            {data.subject}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          <time dateTime={data.occurredAt}>{formatDateTime(data.occurredAt)}</time>
          {data.author ? ` · ${data.author.name}` : ""}
          {data.direction !== "INTERNAL" ? ` · ${INTERACTION_DIRECTION_LABELS[data.direction]}` : ""}
          {data.durationMinutes ? ` · ${data.durationMinutes} min` : ""}
        </Text>
      </Group>
      {data.body && (
        <Spoiler maxHeight={66} showLabel="Show more" hideLabel="Show less" mt={4}>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {data.body}
          </Text>
        </Spoiler>
      )}
    </li>
  );
}
