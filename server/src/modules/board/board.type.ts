import { Field, ObjectType } from "type-graphql";
import { JobType } from "../jobs/job.type";
import { StageType } from "../pipelines/pipeline.type";
import type { BoardQuery } from "./board.loaders";

@ObjectType("BoardColumn", { simpleResolvers: true, description: "One stage of a job's board: its count and its cards, each column paged on its own." })
export class BoardColumnType {
  board: BoardQuery;

  @Field(() => StageType, { description: "The stage." })
  stage: StageType;
}

@ObjectType("PipelineBoard", { simpleResolvers: true, description: "A job's kanban board: a column per live stage, in pipeline order." })
export class PipelineBoardType {
  @Field(() => JobType, { description: "The job." })
  job: JobType;

  @Field(() => [BoardColumnType], { description: "The columns." })
  columns: BoardColumnType[];

  board: BoardQuery;
}
