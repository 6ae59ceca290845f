import { notFound } from "../../common/errors";
import { fromGlobalId } from "../../common/global-id";
import { SqlParameters } from "../../common/sql";
import type { RequestContext } from "../../graphql/context";
import { compileContactSelection } from "../contacts/contact.service";
import type { ContactFilter } from "../contacts/contact-filter.inputs";
import { JOB_COLUMNS, toJobType, type JobRow } from "../jobs/job.mapper";
import { jobVisibility } from "../jobs/job.sql";
import { toStageType, type StageRow } from "../pipelines/pipeline.mapper";
import { createBoardQuery } from "./board.loaders";
import { BoardColumnType, PipelineBoardType } from "./board.type";

export interface BoardArgs {
  jobId: string;
  filter?: ContactFilter | null;
  search?: string | null;
  includeWithdrawn?: boolean | null;
}

/**
 * A job's board. The job and its stages are read in one statement; each column's count and first page of cards are
 * then batched across all columns (see board.loaders), so the first screen costs a fixed number of statements
 * whatever the number of columns or cards. The filter and search narrow the cards (and counts) by their contacts.
 */
export async function getPipelineBoard(context: RequestContext, args: BoardArgs): Promise<PipelineBoardType> {
  const viewer = context.requireViewer();
  const jobId = fromGlobalId(args.jobId, "Job", ["jobId"]);
  const isFiltered = Boolean(args.filter) || Boolean(args.search?.trim());
  // Unfiltered, the board needs no contact condition: seeing the job is what lets a viewer see its cards.
  const selection = isFiltered ? await compileContactSelection(context, { filter: args.filter, search: args.search }) : null;
  const jobParams = new SqlParameters([viewer.workspaceId, jobId]);
  const [row] = (await context.db.query(
    `SELECT ${JOB_COLUMNS},
            (SELECT coalesce(jsonb_agg(jsonb_build_object('id', s.id, 'job_id', s.job_id, 'name', s.name, 'position', s.position,
                                                          'category', s.category, 'sla_days', s.sla_days, 'removed_at', s.removed_at)
                                       ORDER BY s.position, s.id), '[]'::jsonb)
               FROM stage s WHERE s.workspace_id = j.workspace_id AND s.job_id = j.id AND s.removed_at IS NULL) AS stages
       FROM job j WHERE j.workspace_id = $1 AND j.id = $2 AND ${jobVisibility(viewer, jobParams, "j")}`,
    jobParams.values,
  )) as Array<JobRow & { stages: StageRow[] }>;
  if (!row) throw notFound(["jobId"], "job");
  const job = toJobType(row);
  const stages = row.stages.map(toStageType);
  context.loaders.jobsById.prime(job.rawId, job);
  context.loaders.stagesByJob.prime(job.rawId, stages);
  stages.forEach((stage) => context.loaders.stagesById.prime(stage.rawId, stage));

  const board = createBoardQuery(
    context.db,
    {
      jobId,
      workspaceId: viewer.workspaceId,
      contactWhere: selection?.where ?? "TRUE",
      params: selection?.params.values ?? [viewer.workspaceId],
      includeWithdrawn: Boolean(args.includeWithdrawn),
      isFiltered,
    },
    (contact) => context.loaders.contactsById.prime(contact.rawId, contact),
  );
  return Object.assign(new PipelineBoardType(), {
    job,
    board,
    columns: stages.map((stage) => Object.assign(new BoardColumnType(), { board, stage })),
  });
}
