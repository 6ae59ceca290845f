import { skipToken, useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";

const PickerJobStagesQuery = graphql(`
  query PickerJobStages($id: ID!) {
    job(id: $id) {
      id
      title
      stages {
        id
        name
      }
    }
  }
`);

/** A job's title and stages, read by id (from the cache when it holds them). */
export interface JobStages {
  job: { id: string; title: string; stages: ReadonlyArray<{ id: string; name: string }> } | null;
  loading: boolean;
  /** True when the API does not return the job (deleted, or not visible to the viewer). */
  isMissing: boolean;
}

/**
 * The chosen job's stages, for a stage picker beside a job picker: whichever job was chosen, whether or not it is
 * among the jobs a page loaded. Nothing is asked while `jobId` is null.
 */
export function useJobStages(jobId: string | null): JobStages {
  const { data, loading, error } = useQuery(PickerJobStagesQuery, jobId ? { variables: { id: jobId } } : skipToken);
  const job = data && data.job.id === jobId ? data.job : null;
  return { job, loading, isMissing: Boolean(jobId) && !loading && error !== undefined };
}
