import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router-dom";
import { readJobListParams, toJobsQueryArguments, withJobListParams, type JobListParams } from "../utils/job-list-params";

/** The job list's status and search, kept in the URL (`/jobs?status=OPEN&q=…`), and the `jobs` arguments they mean. */
export function useJobListParams() {
  const [params, setParams] = useSearchParams();
  const { status, search } = readJobListParams(params);
  const state = useMemo(() => ({ status, search }), [status, search]);
  const queryArguments = useMemo(() => toJobsQueryArguments(state), [state]);
  const setState = useCallback(
    (changes: Partial<JobListParams>) => setParams((current) => withJobListParams(current, changes), { replace: true }),
    [setParams],
  );
  return { state, queryArguments, setState };
}
