import { useQuery } from "@apollo/client/react";
import { Alert, Button, Center, Loader, Stack, Text } from "@mantine/core";
import { useCallback, useMemo, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { AddCandidatesDialog } from "../features/board/components/AddCandidatesDialog";
import { BoardFilters } from "../features/board/components/BoardFilters";
import { BoardHeader } from "../features/board/components/BoardHeader";
import { PipelineBoard } from "../features/board/components/PipelineBoard";
import { useBoardFilters } from "../features/board/hooks/useBoardFilters";
import { graphql } from "../gql";
import { describeError, isNotFoundError, readErrorCode } from "../lib/graphql-errors";
import { useCanWrite } from "../lib/viewer-context";

const JobBoardPageQuery = graphql(`
  query JobBoardPage($jobId: ID!, $filter: ContactFilter, $search: String) {
    pipelineBoard(jobId: $jobId, filter: $filter, search: $search) {
      job {
        id
        title
        isArchived
        ...BoardHeader_job
      }
      columns {
        stage {
          id
          name
          category
        }
        ...BoardColumn_column
      }
    }
  }
`);

/**
 * `/jobs/:jobId`: the job's pipeline board, filtered by the URL (`?owner=…&tag=…&q=…`). The board is read fresh
 * when the page opens or the filter changes (columns are shared across filters in the cache), then kept up to date
 * by the moves made here. Archived jobs, and viewers who may not write, get the board read-only: no drag, no
 * "Move to…" menus, no "Add candidates".
 */
export function JobBoardPage() {
  const { jobId = "" } = useParams();
  const canWrite = useCanWrite();
  const { filters, queryArguments, setFilters } = useBoardFilters();
  const [isAddOpen, setAddOpen] = useState(false);
  const { data, previousData, error, loading, refetch } = useQuery(JobBoardPageQuery, {
    variables: { jobId, filter: queryArguments.filter, search: queryArguments.search },
    fetchPolicy: "network-only",
    nextFetchPolicy: "cache-first",
  });
  const handleStale = useCallback(() => void refetch(), [refetch]);
  const shown = data ?? (previousData?.pipelineBoard.job.id === jobId ? previousData : undefined);
  const board = shown?.pipelineBoard;
  const stages = useMemo(() => board?.columns.map((column) => ({ ...column.stage })) ?? [], [board]);

  if (error && !board) {
    // A malformed id in the URL is BAD_USER_INPUT: to a person it is a job that is not there either.
    const isMissing = isNotFoundError(error) || readErrorCode(error) === "BAD_USER_INPUT";
    return (
      <Stack maw={560}>
        <title>{isMissing ? "Job not found · Talentlane" : "Board · Talentlane"}</title>
        <Alert color="red" title={isMissing ? "Job not found" : "Could not load the board"} role="alert">
          {isMissing ? "There is no job with this link, or you cannot see it." : describeError(error)}
        </Alert>
        <Stack gap="xs" align="flex-start">
          {!isMissing && <Button onClick={() => void refetch()}>Try again</Button>}
          <Button component={Link} to="/jobs" variant="subtle">
            Back to jobs
          </Button>
        </Stack>
      </Stack>
    );
  }

  if (!board || !shown) {
    return (
      <Center h={240} role="status">
        <Loader size="sm" mr="sm" />
        <Text size="sm">Loading the board…</Text>
      </Center>
    );
  }

  const isReadOnly = board.job.isArchived || !canWrite;

  return (
    <Stack gap="sm" h="calc(100dvh - var(--app-shell-header-offset, 52px) - 2 * var(--mantine-spacing-md))">
      <title>{`${board.job.title} · Board · Talentlane`}</title>
      <BoardHeader
        job={board.job}
        actions={
          !isReadOnly && (
            <Button onClick={() => setAddOpen(true)} variant="light">
              Add candidates
            </Button>
          )
        }
      />
      <BoardFilters filters={filters} onChange={setFilters} isUpdating={loading} />
      <PipelineBoard
        key={jobId}
        jobId={jobId}
        columns={board.columns}
        filter={queryArguments.filter}
        search={queryArguments.search}
        isReadOnly={isReadOnly}
        isBusy={loading}
        onStale={handleStale}
      />
      {!isReadOnly && (
        <AddCandidatesDialog
          jobId={jobId}
          jobTitle={board.job.title}
          stages={stages}
          opened={isAddOpen}
          onClose={() => setAddOpen(false)}
          onAdded={handleStale}
        />
      )}
    </Stack>
  );
}
