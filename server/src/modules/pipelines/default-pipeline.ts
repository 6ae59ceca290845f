import type { StageCategory } from "@talentlane/shared";
import type { EntityManager } from "typeorm";
import { newId } from "../../common/ids";
import { PipelineTemplateEntity, PipelineTemplateStageEntity } from "./pipeline.entity";

/** The stages every workspace starts with, and jobs get when no template is named. */
export const DEFAULT_PIPELINE_STAGES: ReadonlyArray<{ name: string; category: StageCategory; slaDays: number | null }> = [
  { name: "Sourced", category: "LEAD", slaDays: null },
  { name: "Applied", category: "LEAD", slaDays: 3 },
  { name: "Phone screen", category: "SCREEN", slaDays: 5 },
  { name: "Interview", category: "INTERVIEW", slaDays: 7 },
  { name: "Offer", category: "OFFER", slaDays: 5 },
  { name: "Hired", category: "HIRED", slaDays: null },
  { name: "Rejected", category: "REJECTED", slaDays: null },
];

/** Creates the workspace's default pipeline template; returns its id. */
export async function createDefaultPipelineTemplate(db: EntityManager, workspaceId: string): Promise<string> {
  const templateId = newId();
  await db.insert(PipelineTemplateEntity, { workspaceId, id: templateId, name: "Default pipeline", isDefault: true, updatedAt: new Date() });
  await db.insert(
    PipelineTemplateStageEntity,
    DEFAULT_PIPELINE_STAGES.map((stage, position) => ({ workspaceId, id: newId(), templateId, position, ...stage })),
  );
  return templateId;
}
