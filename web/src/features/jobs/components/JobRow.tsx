import type { FragmentType } from "@apollo/client";
import { useFragment } from "@apollo/client/react";
import { Anchor, Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import { Link } from "react-router-dom";
import { graphql } from "../../../gql";
import { useCanWrite } from "../../../lib/viewer-context";
import { JOB_STATUS_LABELS } from "../utils/job-list-params";
import { describeJobFacts, JOB_STATUS_COLORS, STAGE_CATEGORY_COLORS } from "../utils/job-format";
import classes from "./jobs.module.css";

export const JobRow_job = graphql(`
  fragment JobRow_job on Job {
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
    stageCounts {
      count
      stage {
        id
        name
        category
      }
    }
  }
`);

export interface JobRowProps {
  job: FragmentType<typeof JobRow_job>;
}

/**
 * One job in the list: title (to its board), facts, status, openings and the number of cards in each stage, with
 * "Edit" for those who may write.
 */
export function JobRow({ job }: JobRowProps) {
  const { data, complete } = useFragment({ fragment: JobRow_job, from: job });
  const canWrite = useCanWrite();
  if (!complete) return null;
  const boardPath = `/jobs/${encodeURIComponent(data.id)}`;
  const facts = describeJobFacts(data);
  return (
    <Table.Tr data-testid="job-row">
      <Table.Td>
        <Stack gap={0}>
          <Anchor component={Link} to={boardPath} fw={600} size="sm">
            {data.title}
          </Anchor>
          {facts && (
            <Text size="xs" c="dimmed">
              {facts}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          <Badge color={JOB_STATUS_COLORS[data.status]} variant="light" tt="none" style={{ overflow: "visible" }}>
            {JOB_STATUS_LABELS[data.status]}
          </Badge>
          {data.isArchived && (
            <Badge color="gray" variant="outline" tt="none">
              Archived
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {data.openingsFilled} / {data.openings}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={6} component="ul" aria-label={`Candidates per stage of ${data.title}`} className={classes.pipeline}>
          {data.stageCounts.map(({ count, stage }) => (
            <Badge
              key={stage.id}
              component="li"
              size="sm"
              radius="sm"
              tt="none"
              fw={500}
              variant={count > 0 ? "light" : "outline"}
              color={STAGE_CATEGORY_COLORS[stage.category]}
              aria-label={`${stage.name}: ${count}`}
              title={`${stage.name}: ${count}`}
              data-testid="job-stage-count"
              data-count={count}
            >
              <b>{count}</b> {stage.name}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap" justify="flex-end">
          <Button component={Link} to={boardPath} size="xs" variant="light" aria-label={`Open the board of ${data.title}`}>
            Board
          </Button>
          {canWrite && (
            <Button component={Link} to={`${boardPath}/edit`} size="xs" variant="default" aria-label={`Edit ${data.title}`}>
              Edit
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
