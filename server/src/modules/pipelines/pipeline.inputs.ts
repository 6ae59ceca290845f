import type { StageCategory } from "@talentlane/shared";
import { LIMITS } from "@talentlane/shared";
import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, MaxLength, Min, MinLength, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { StageCategoryEnum } from "../../graphql/enums";

@InputType({ description: "A stage of a new pipeline template." })
export class TemplateStageInput {
  @Field({ description: "The stage's name." })
  @MinLength(1)
  @MaxLength(LIMITS.nameMaxLength)
  name: string;

  @Field(() => StageCategoryEnum, { description: "What the stage means." })
  category: StageCategory;

  @Field(() => Int, { nullable: true, description: "SLA in days." })
  @IsOptional()
  @Min(1)
  @Max(365)
  slaDays?: number | null;
}

@InputType({ description: "A new pipeline template." })
export class CreatePipelineTemplateInput {
  @Field({ description: "The template's name (unique in the workspace)." })
  @MinLength(1)
  @MaxLength(LIMITS.nameMaxLength)
  name: string;

  @Field(() => [TemplateStageInput], { description: "The stages, in order; one HIRED and one REJECTED stage are required." })
  @ArrayMinSize(2)
  @ArrayMaxSize(LIMITS.stagesPerPipeline)
  @ValidateNested({ each: true })
  stages: TemplateStageInput[];

  @Field({ nullable: true, defaultValue: false, description: "Make it the workspace's default." })
  isDefault?: boolean;
}

@InputType({ description: "A new stage on a job's pipeline." })
export class AddStageInput {
  @Field(() => ID, { description: "The job." })
  jobId: string;

  @Field({ description: "The stage's name." })
  @MinLength(1)
  @MaxLength(LIMITS.nameMaxLength)
  name: string;

  @Field(() => StageCategoryEnum, { description: "What the stage means." })
  category: StageCategory;

  @Field(() => Int, { nullable: true, description: "SLA in days." })
  @IsOptional()
  @Min(1)
  @Max(365)
  slaDays?: number | null;

  @Field(() => Int, { nullable: true, description: "Where to put it (0 is first); last when left out." })
  @IsOptional()
  @Min(0)
  position?: number | null;
}

@InputType({ description: "Changes to a stage." })
export class UpdateStageInput {
  @Field(() => ID, { description: "The stage." })
  id: string;

  @Field(() => String, { nullable: true, description: "A new name." })
  @IsOptional()
  @MinLength(1)
  @MaxLength(LIMITS.nameMaxLength)
  name?: string | null;

  @Field(() => StageCategoryEnum, { nullable: true, description: "A new category." })
  category?: StageCategory | null;

  @Field(() => Int, { nullable: true, description: "A new SLA in days; 0 clears it." })
  @IsOptional()
  @Min(0)
  @Max(365)
  slaDays?: number | null;
}

@InputType({ description: "A new order for a job's stages." })
export class ReorderStagesInput {
  @Field(() => ID, { description: "The job." })
  jobId: string;

  @Field(() => [ID], { description: "Every current stage of the job, in the new order." })
  @ArrayMaxSize(LIMITS.stagesPerPipeline)
  stageIds: string[];
}

@InputType({ description: "Removes a stage, moving its applications first." })
export class RemoveStageInput {
  @Field(() => ID, { description: "The stage to remove." })
  id: string;

  @Field(() => ID, { description: "The stage of the same job its applications move to (at the end of the column)." })
  moveApplicationsToStageId: string;
}
