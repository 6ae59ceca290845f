import type { FragmentType } from "@apollo/client";
import { useFragment } from "@apollo/client/react";
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router-dom";
import { graphql } from "../../../../gql";
import { APPLICATION_STATUS_LABELS, STAGE_CATEGORY_LABELS } from "../../../../lib/labels";
import { useCanWrite } from "../../../../lib/viewer-context";

export const ContactApplications_contact = graphql(`
  fragment ContactApplications_contact on Contact {
    id
    applications {
      id
      status
      daysInStage
      isSlaBreached
      appliedAt
      job {
        id
        title
      }
      stage {
        id
        name
        category
      }
    }
  }
`);

const STATUS_COLORS = { ACTIVE: "blue", HIRED: "green", REJECTED: "red", WITHDRAWN: "gray" } as const;

export interface ApplicationsCardProps {
  contact: FragmentType<typeof ContactApplications_contact>;
}

/** The contact's applications: job (a link to its board), stage, status and days in stage. */
export function ApplicationsCard({ contact }: ApplicationsCardProps) {
  const { data, complete } = useFragment({ fragment: ContactApplications_contact, from: contact });
  const canWrite = useCanWrite();
  if (!complete) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="applications-title">
      <Title order={2} size="h4" id="applications-title" mb="sm">
        Applications
      </Title>
      {data.applications.length === 0 ? (
        <Text size="sm" c="dimmed">
          {canWrite ? "Not on any job yet. Add the contact to a job from the Contacts list." : "Not on any job yet."}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {data.applications.map((application) => (
            <li key={application.id}>
              <Anchor component={Link} to={`/jobs/${encodeURIComponent(application.job.id)}`} fw={500} size="sm">
                {application.job.title}
              </Anchor>
              <Group gap={6} mt={2}>
                <Badge size="sm" variant="light" color={STATUS_COLORS[application.status]}>
                  {APPLICATION_STATUS_LABELS[application.status]}
                </Badge>
                <Text size="xs">
                  {application.stage.name}
                  <Text span c="dimmed" size="xs">{` (${STAGE_CATEGORY_LABELS[application.stage.category]})`}</Text>
                </Text>
                {application.status === "ACTIVE" && (
                  <Text size="xs" c={application.isSlaBreached ? "red" : "dimmed"}>
                    {application.daysInStage} {application.daysInStage === 1 ? "day" : "days"} in stage
                    {application.isSlaBreached ? " · over SLA" : ""}
                  </Text>
                )}
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
