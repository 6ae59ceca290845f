import { useMutation } from "@apollo/client/react";
import type { StageCategory } from "@talentlane/shared";
import { useCallback } from "react";
import { graphql } from "../../../gql";
import { describeError, readFieldProblems } from "../../../lib/graphql-errors";

const AddStageMutation = graphql(`
  mutation AddStage($input: AddStageInput!) {
    addStage(input: $input) {
      stage {
        id
        job {
          id
          ...StageEditor_job
        }
      }
    }
  }
`);

const UpdateStageMutation = graphql(`
  mutation UpdateStage($input: UpdateStageInput!) {
    updateStage(input: $input) {
      stage {
        id
        name
        category
        slaDays
      }
    }
  }
`);

const ReorderStagesMutation = graphql(`
  mutation ReorderStages($input: ReorderStagesInput!) {
    reorderStages(input: $input) {
      stages {
        id
        position
        job {
          id
          stages {
            id
            position
          }
        }
      }
    }
  }
`);

const RemoveStageMutation = graphql(`
  mutation RemoveStage($input: RemoveStageInput!) {
    removeStage(input: $input) {
      stages {
        id
        job {
          id
          ...StageEditor_job
        }
      }
    }
  }
`);

/** A refused stage change: the message for people, and per-field messages keyed by the input's field name. */
export interface StageMutationError {
  message: string;
  fields: Record<string, string>;
}

/**
 * The stage editor's writes. Each answers with what changed (the job's stages, counts and order), so the cache
 * and every view of the job update without a refetch. Each resolves to null on success or the refusal.
 */
export function useStageMutations(jobId: string) {
  const [addStageMutation] = useMutation(AddStageMutation);
  const [updateStageMutation] = useMutation(UpdateStageMutation);
  const [reorderStagesMutation] = useMutation(ReorderStagesMutation);
  const [removeStageMutation] = useMutation(RemoveStageMutation);

  const addStage = useCallback(
    (stage: { name: string; category: StageCategory; slaDays: number | null; position: number }) =>
      attempt(() => addStageMutation({ variables: { input: { jobId, name: stage.name, category: stage.category, position: stage.position, ...(stage.slaDays ? { slaDays: stage.slaDays } : {}) } } })),
    [addStageMutation, jobId],
  );
  const updateStage = useCallback(
    (id: string, changes: { name?: string; category?: StageCategory; slaDays?: number }) => attempt(() => updateStageMutation({ variables: { input: { id, ...changes } } })),
    [updateStageMutation],
  );
  const reorderStages = useCallback(
    (stageIds: string[]) => attempt(() => reorderStagesMutation({ variables: { input: { jobId, stageIds } } })),
    [reorderStagesMutation, jobId],
  );
  const removeStage = useCallback(
    (id: string, moveApplicationsToStageId: string) => attempt(() => removeStageMutation({ variables: { input: { id, moveApplicationsToStageId } } })),
    [removeStageMutation],
  );
  return { addStage, updateStage, reorderStages, removeStage };
}

async function attempt(run: () => Promise<unknown>): Promise<StageMutationError | null> {
  try {
    await run();
    return null;
  } catch (error) {
    // A stage input's fields are flat (`["input", "name"]`), so a problem's last path part names the field.
    const fields: Record<string, string> = {};
    for (const problem of readFieldProblems(error)) {
      const field = String(problem.path[problem.path.length - 1] ?? "form");
      fields[field] ??= problem.message.charAt(0).toUpperCase() + problem.message.slice(1);
    }
    const first = Object.values(fields)[0];
    return { message: first ?? describeError(error), fields };
  }
}
