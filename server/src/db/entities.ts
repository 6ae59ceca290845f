import { ApiKeyEntity } from "../modules/api-keys/api-key.entity";
import { CompanyEntity } from "../modules/companies/company.entity";
import { ContactEntity } from "../modules/contacts/contact.entity";
import { CustomFieldDefinitionEntity } from "../modules/custom-fields/custom-field-definition.entity";
import { InteractionEntity } from "../modules/interactions/interaction.entity";
import { SessionEntity } from "../modules/auth/session.entity";
import { TagEntity } from "../modules/tags/tag.entity";
import { UserEntity } from "../modules/users/user.entity";
import { WorkspaceEntity } from "../modules/workspaces/workspace.entity";
import { ApplicationEntity, StageTransitionEntity } from "../modules/applications/application.entity";
import { JobEntity, JobHiringTeamEntity } from "../modules/jobs/job.entity";
import { PipelineTemplateEntity, PipelineTemplateStageEntity, StageEntity } from "../modules/pipelines/pipeline.entity";
import { TalentPoolEntity } from "../modules/pools/talent-pool.entity";
import { SegmentEntity } from "../modules/segments/segment.entity";

/** Every TypeORM entity; the schema itself comes from the migrations, never from these. */
export const ENTITIES = [
  WorkspaceEntity,
  UserEntity,
  SessionEntity,
  ApiKeyEntity,
  CompanyEntity,
  TagEntity,
  CustomFieldDefinitionEntity,
  ContactEntity,
  InteractionEntity,
  PipelineTemplateEntity,
  PipelineTemplateStageEntity,
  JobEntity,
  JobHiringTeamEntity,
  StageEntity,
  ApplicationEntity,
  StageTransitionEntity,
  TalentPoolEntity,
  SegmentEntity,
];
