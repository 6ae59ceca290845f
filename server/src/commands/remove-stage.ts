import { badInput } from "../common/errors";
import type { RequestContext } from "../graphql/context";
import { ApplicationEntity } from "../modules/applications/application.entity";
import { applyMove } from "../modules/applications/application-moves";
import { JobEntity } from "../modules/jobs/job.entity";
import type { StageEntity } from "../modules/pipelines/pipeline.entity";
import type { RemoveStageInput } from "../modules/pipelines/pipeline.inputs";
import { removeStage as removeStageFromPipeline } from "../modules/pipelines/pipeline.service";
import type { StageType } from "../modules/pipelines/pipeline.type";

/**
 * Removes a stage from a job's pipeline after moving every application in it, in order, to the end of another stage
 * of the same job (each move recorded in the history). Cards cannot be swept into a HIRED or REJECTED stage from a
 * stage of another category: hiring and rejecting are decisions made card by card.
 */
export async function removeStage(context: RequestContext, input: RemoveStageInput): Promise<StageType[]> {
  return removeStageFromPipeline(context, input, async (from: StageEntity, to: StageEntity) => {
    const terminal = to.category === "HIRED" || to.category === "REJECTED";
    if (terminal && to.category !== from.category) {
      throw badInput(["input", "moveApplicationsToStageId"], `cannot move the stage's cards into a ${to.category} stage`);
    }
    const job = await context.db.findOneOrFail(JobEntity, {
      where: { workspaceId: from.workspaceId, id: from.jobId },
      lock: { mode: "pessimistic_write" },
    });
    const applications = await context.db.find(ApplicationEntity, {
      where: { workspaceId: from.workspaceId, stageId: from.id },
      order: { rank: "ASC", id: "ASC" },
      lock: { mode: "pessimistic_write" },
    });
    for (const application of applications) {
      await applyMove(context, {
        application,
        job,
        target: to,
        placement: "end",
        rejectReason: null,
        reason: `Stage "${from.name}" was removed`,
        path: ["input"],
      });
    }
    context.loaders.applicationsById.clearAll();
  });
}
