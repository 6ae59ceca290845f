import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { graphql } from "../../../gql";
import { describeError, readErrorCode, readFieldProblems } from "../../../lib/graphql-errors";
import { fieldErrorsFromApi, hasJobChanges, toCreateJobInput, toUpdateJobInput, validateJobForm, type JobFormErrors, type JobFormValues } from "../utils/job-form";

const CreateJobMutation = graphql(`
  mutation CreateJob($input: CreateJobInput!) {
    createJob(input: $input) {
      job {
        id
        title
      }
    }
  }
`);

const UpdateJobMutation = graphql(`
  mutation UpdateJob($input: UpdateJobInput!) {
    updateJob(input: $input) {
      job {
        id
        version
        ...JobForm_job
      }
    }
  }
`);

/** How a submission ended. */
export type JobSubmitResult = { status: "created"; jobId: string } | { status: "saved"; version: number } | { status: "unchanged" } | { status: "invalid" };

/**
 * Sends the job form: validates it, creates or updates the job (an update sends only what changed, with the
 * version read), and turns the API's refusals into field errors, a conflict flag or a form-level message.
 */
export function useJobFormSubmit() {
  const [createJob, createState] = useMutation(CreateJobMutation);
  const [updateJob, updateState] = useMutation(UpdateJobMutation);
  const [errors, setErrors] = useState<JobFormErrors>({});
  const [isConflict, setConflict] = useState(false);

  async function submit(values: JobFormValues, existing: { id: string; version: number; original: JobFormValues } | null): Promise<JobSubmitResult> {
    const problems = validateJobForm(values);
    setErrors(problems);
    setConflict(false);
    if (Object.keys(problems).length > 0) return { status: "invalid" };
    try {
      if (!existing) {
        const result = await createJob({ variables: { input: toCreateJobInput(values) } });
        return { status: "created", jobId: result.data!.createJob.job.id };
      }
      const input = toUpdateJobInput(existing.id, existing.version, existing.original, values);
      if (!hasJobChanges(input)) return { status: "unchanged" };
      const result = await updateJob({ variables: { input } });
      return { status: "saved", version: result.data!.updateJob.job.version };
    } catch (error) {
      setErrors(readSubmitErrors(error));
      setConflict(readErrorCode(error) === "CONFLICT");
      return { status: "invalid" };
    }
  }

  return { submit, errors, setErrors, isConflict, isSubmitting: createState.loading || updateState.loading };
}

function readSubmitErrors(error: unknown): JobFormErrors {
  const code = readErrorCode(error);
  const problems = readFieldProblems(error);
  if (code === "BAD_USER_INPUT" && problems.length > 0) return fieldErrorsFromApi(problems);
  if (code === "CONFLICT") return { form: "Someone else changed this job since you opened it. Reload it to see their changes; your edits here will be lost." };
  return { form: describeError(error) };
}
