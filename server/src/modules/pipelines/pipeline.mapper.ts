import { toGlobalId } from "../../common/global-id";
import type { PipelineTemplateEntity, PipelineTemplateStageEntity, StageEntity } from "./pipeline.entity";
import { PipelineTemplateStageType, PipelineTemplateType, StageType } from "./pipeline.type";

/** The columns the API reads of a stage (alias `s`). */
export const STAGE_COLUMNS = "s.id, s.job_id, s.name, s.position, s.category, s.sla_days, s.removed_at";

export interface StageRow {
  id: string;
  job_id: string;
  name: string;
  position: number;
  category: StageEntity["category"];
  sla_days: number | null;
  removed_at: Date | null;
}

/** Maps a stage row to its GraphQL type. */
export function toStageType(row: StageRow): StageType {
  return Object.assign(new StageType(), {
    id: toGlobalId("Stage", row.id),
    rawId: row.id,
    jobRawId: row.job_id,
    name: row.name,
    position: row.position,
    category: row.category,
    slaDays: row.sla_days,
    isRemoved: row.removed_at !== null,
  });
}

/** Maps a stage entity (after a write) to its GraphQL type. */
export function stageEntityToType(entity: StageEntity): StageType {
  return toStageType({
    id: entity.id,
    job_id: entity.jobId,
    name: entity.name,
    position: entity.position,
    category: entity.category,
    sla_days: entity.slaDays,
    removed_at: entity.removedAt,
  });
}

/** Maps a template and its stages to the GraphQL type. */
export function toPipelineTemplateType(template: PipelineTemplateEntity, stages: PipelineTemplateStageEntity[]): PipelineTemplateType {
  return Object.assign(new PipelineTemplateType(), {
    id: toGlobalId("PipelineTemplate", template.id),
    rawId: template.id,
    name: template.name,
    isDefault: template.isDefault,
    stages: stages
      .filter((stage) => stage.templateId === template.id)
      .sort((a, b) => a.position - b.position)
      .map((stage) => Object.assign(new PipelineTemplateStageType(), { name: stage.name, category: stage.category, slaDays: stage.slaDays })),
  });
}
