import type { FragmentType } from "@apollo/client";
import { useFragment } from "@apollo/client/react";
import { Anchor, Badge, Button, Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import { graphql } from "../../../gql";
import { useCanWrite } from "../../../lib/viewer-context";

export const BoardHeader_job = graphql(`
  fragment BoardHeader_job on Job {
    id
    title
    status
    isArchived
    openings
    openingsFilled
    department
    isRemote
    location {
      city
      country
    }
    clientCompany {
      id
      name
    }
  }
`);

const STATUS_COLORS: Record<string, string> = { OPEN: "green", DRAFT: "gray", ON_HOLD: "yellow", CLOSED: "dark", FILLED: "blue" };

export interface BoardHeaderProps {
  job: FragmentType<typeof BoardHeader_job>;
  /** Extra actions (e.g. "Add candidates"), shown before "Edit job" (which only viewers who may write get). */
  actions?: ReactNode;
}

/** The board's title bar: the job, its status and openings, and what can be done with it. */
export function BoardHeader({ job, actions }: BoardHeaderProps) {
  const { data, complete } = useFragment({ fragment: BoardHeader_job, from: job });
  const canWrite = useCanWrite();
  if (!complete) return null;
  const facts = [
    data.clientCompany?.name,
    data.department,
    [data.location.city, data.location.country].filter(Boolean).join(", ") || null,
    data.isRemote ? "Remote" : null,
  ].filter(Boolean);
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <Stack gap={2}>
        <Anchor component={Link} to="/jobs" size="sm">
          ← All jobs
        </Anchor>
        <Group gap="xs">
          <Title order={1} size="h3">
            {data.title}
          </Title>
          <Badge color={STATUS_COLORS[data.status] ?? "gray"} variant="light">
            {data.status.replace("_", " ").toLowerCase()}
          </Badge>
          {data.isArchived && (
            <Badge color="gray" variant="outline">
              archived (read-only)
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed" data-testid="job-openings">
          {[...facts, `${data.openingsFilled} of ${data.openings} ${data.openings === 1 ? "opening" : "openings"} filled`].join(" · ")}
        </Text>
      </Stack>
      <Group gap="xs" wrap="nowrap">
        {actions}
        {canWrite && (
          <Button component={Link} to={`/jobs/${encodeURIComponent(data.id)}/edit`} variant="default">
            Edit job
          </Button>
        )}
      </Group>
    </Group>
  );
}
