import type { StageCategory } from "@talentlane/shared";
import { Field, Int, ObjectType } from "type-graphql";
import { StageCategoryEnum } from "../../graphql/enums";
import { Node } from "../../graphql/node";

@ObjectType("Stage", { simpleResolvers: true, implements: Node, description: "A stage of a job's pipeline: one column of its board." })
export class StageType extends Node {
  rawId: string;
  jobRawId: string;

  @Field({ description: "The stage's name, e.g. Phone screen." })
  name: string;

  @Field(() => Int, { description: "Its place in the pipeline, from 0." })
  position: number;

  @Field(() => StageCategoryEnum, { description: "What the stage means for reports and rules." })
  category: StageCategory;

  @Field(() => Int, { nullable: true, description: "Days a candidate may stay here before the card shows an SLA breach." })
  slaDays: number | null;

  @Field({ description: "Removed stages keep the history that names them but leave the board." })
  isRemoved: boolean;
}

@ObjectType("PipelineTemplateStage", { simpleResolvers: true, description: "A stage of a pipeline template." })
export class PipelineTemplateStageType {
  @Field({ description: "The stage's name." })
  name: string;

  @Field(() => StageCategoryEnum, { description: "What the stage means." })
  category: StageCategory;

  @Field(() => Int, { nullable: true, description: "The stage's SLA in days." })
  slaDays: number | null;
}

@ObjectType("PipelineTemplate", { simpleResolvers: true, implements: Node, description: "A reusable list of stages new jobs copy." })
export class PipelineTemplateType extends Node {
  rawId: string;

  @Field({ description: "The template's name." })
  name: string;

  @Field({ description: "Whether new jobs get this template when none is named." })
  isDefault: boolean;

  @Field(() => [PipelineTemplateStageType], { description: "The stages, in order." })
  stages: PipelineTemplateStageType[];
}
