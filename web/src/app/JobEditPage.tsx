import { useQuery } from "@apollo/client/react";
import { Alert, Anchor, Button, Center, Loader, Stack, Text, Title } from "@mantine/core";
import { Link, useNavigate, useParams } from "react-router-dom";
import { EmptyState } from "../components/ui/states";
import { JobForm } from "../features/jobs/components/JobForm";
import { StageEditor } from "../features/jobs/components/StageEditor";
import { graphql } from "../gql";
import { describeError, isNotFoundError, readErrorCode } from "../lib/graphql-errors";
import { useCanWrite } from "../lib/viewer-context";

const JobEditPageQuery = graphql(`
  query JobEditPage($jobId: ID!, $isEdit: Boolean!) {
    job(id: $jobId) @include(if: $isEdit) {
      id
      title
      isArchived
      ...JobForm_job
      ...StageEditor_job
    }
    users(first: 100, includeInactive: true) {
      nodes {
        id
        name
        isActive
      }
    }
    pipelineTemplates {
      id
      name
      isDefault
      stages {
        name
      }
    }
  }
`);

/**
 * `/jobs/new` and `/jobs/:jobId/edit`: the job form, and for an existing job its pipeline's stages. A new job
 * opens on its board once created. Viewers who may not write (analysts who followed a link here) are told so
 * instead, and the form's data is not even read.
 */
export function JobEditPage() {
  const { jobId } = useParams();
  const canWrite = useCanWrite();
  if (!canWrite) return <ReadOnlyAccess jobId={jobId} />;
  return <JobEditor jobId={jobId} />;
}

/** What a viewer who may not write sees on a form page: why there is no form, and the way back to reading. */
function ReadOnlyAccess({ jobId }: { jobId: string | undefined }) {
  return (
    <>
      <title>Read-only access · Talentlane</title>
      <EmptyState
        title="You have read-only access"
        action={
          <Button component={Link} to={jobId ? `/jobs/${encodeURIComponent(jobId)}` : "/jobs"} variant="default" size="xs">
            {jobId ? "Back to the board" : "Back to jobs"}
          </Button>
        }
      >
        Your role can see jobs, boards and candidates but not change them. Ask an admin if you need to create or edit jobs.
      </EmptyState>
    </>
  );
}

/** The form itself, for viewers who may write. */
function JobEditor({ jobId }: { jobId: string | undefined }) {
  const isEdit = Boolean(jobId);
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(JobEditPageQuery, {
    variables: { jobId: jobId ?? "", isEdit },
    fetchPolicy: "cache-and-network",
    nextFetchPolicy: "cache-first",
  });

  if (error && !data) {
    // A malformed id in the URL is BAD_USER_INPUT: to a person it is a job that is not there either.
    const isMissing = isNotFoundError(error) || readErrorCode(error) === "BAD_USER_INPUT";
    return (
      <Stack maw={560}>
        <title>{isMissing ? "Job not found · Talentlane" : "Job · Talentlane"}</title>
        <Alert color="red" title={isMissing ? "Job not found" : "Could not load the job"} role="alert">
          {isMissing ? "There is no job with this link, or you cannot see it." : describeError(error)}
        </Alert>
        <Button component={Link} to="/jobs" variant="subtle" w="fit-content">
          Back to jobs
        </Button>
      </Stack>
    );
  }

  if (!data || (loading && isEdit && !data.job)) {
    return (
      <Center h={240} role="status">
        <Loader size="sm" mr="sm" />
        <Text size="sm">Loading…</Text>
      </Center>
    );
  }

  const templates = data.pipelineTemplates.map((template) => ({
    id: template.id,
    name: template.name,
    isDefault: template.isDefault,
    stageNames: template.stages.map((stage) => stage.name).join(" → "),
  }));
  const heading = data.job ? `Edit ${data.job.title}` : "New job";

  return (
    <Stack gap="lg">
      <title>{`${heading} · Talentlane`}</title>
      <Stack gap={2}>
        <Anchor component={Link} to={data.job ? `/jobs/${encodeURIComponent(data.job.id)}` : "/jobs"} size="sm">
          {data.job ? "← Board" : "← All jobs"}
        </Anchor>
        <Title order={1} size="h2">
          {heading}
        </Title>
      </Stack>
      {data.job?.isArchived && <Alert color="gray">This job is archived and read-only; unarchive it to change it.</Alert>}
      <JobForm
        job={data.job ?? undefined}
        users={data.users.nodes}
        templates={templates}
        onCreated={(id) => navigate(`/jobs/${encodeURIComponent(id)}`)}
        onReload={() => void refetch()}
      />
      {data.job && <StageEditor job={data.job} />}
    </Stack>
  );
}
