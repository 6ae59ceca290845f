import type {
  ApplicationStatus,
  ContactFilter,
  EmploymentType,
  HiringTeamRole,
  JobStatus,
  PoolKind,
  RejectCategory,
  SegmentVisibility,
  StageCategory,
} from "@talentlane/shared";
import type { TableSpec } from "./demo-insert";

// The ATS tables the demo seed fills: one row type per table (keys are column names) and the columns it inserts.

export interface PipelineTemplateRow {
  workspace_id: string;
  id: string;
  name: string;
  is_default: boolean;
  created_at: string;
  updated_at: string;
}

export const PIPELINE_TEMPLATE_TABLE: TableSpec<PipelineTemplateRow> = {
  table: "pipeline_template",
  columns: [
    ["workspace_id", "uuid"],
    ["id", "uuid"],
    ["name", "text"],
    ["is_default", "boolean"],
    ["created_at", "timestamptz"],
    ["updated_at", "timestamptz"],
  ],
};

export interface PipelineTemplateStageRow {
  workspace_id: string;
  id: string;
  template_id: string;
  name: string;
  position: number;
  category: StageCategory;
  sla_days: number | null;
}

export const PIPELINE_TEMPLATE_STAGE_TABLE: TableSpec<PipelineTemplateStageRow> = {
  table: "pipeline_template_stage",
  columns: [
    ["workspace_id", "uuid"],
    ["id", "uuid"],
    ["template_id", "uuid"],
    ["name", "text"],
    ["position", "integer"],
    ["category", "text"],
    ["sla_days", "integer"],
  ],
};

export interface JobRow {
  workspace_id: string;
  id: string;
  title: string;
  department: string;
  city: string | null;
  region: string | null;
  country: string;
  is_remote: boolean;
  employment_type: EmploymentType;
  openings: number;
  openings_filled: number;
  status: JobStatus;
  client_company_id: string | null;
  description: string;
  custom_values: Record<string, unknown>;
  opened_at: string | null;
  closed_at: string | null;
  created_by_id: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export const JOB_TABLE: TableSpec<JobRow> = {
  table: "job",
  columns: [
    ["workspace_id", "uuid"],
    ["id", "uuid"],
    ["title", "text"],
    ["department", "text"],
    ["city", "text"],
    ["region", "text"],
    ["country", "text"],
    ["is_remote", "boolean"],
    ["employment_type", "text"],
    ["openings", "integer"],
    ["openings_filled", "integer"],
    ["status", "text"],
    ["client_company_id", "uuid"],
    ["description", "text"],
    ["custom_values", "jsonb"],
    ["opened_at", "timestamptz"],
    ["closed_at", "timestamptz"],
    ["created_by_id", "uuid"],
    ["created_at", "timestamptz"],
    ["updated_at", "timestamptz"],
    ["version", "integer"],
  ],
};

export interface HiringTeamRow {
  workspace_id: string;
  job_id: string;
  user_id: string;
  role: HiringTeamRole;
}

export const HIRING_TEAM_TABLE: TableSpec<HiringTeamRow> = {
  table: "job_hiring_team",
  columns: [
    ["workspace_id", "uuid"],
    ["job_id", "uuid"],
    ["user_id", "uuid"],
    ["role", "text"],
  ],
};

export interface StageRow {
  workspace_id: string;
  id: string;
  job_id: string;
  name: string;
  position: number;
  category: StageCategory;
  sla_days: number | null;
  created_at: string;
}

export const STAGE_TABLE: TableSpec<StageRow> = {
  table: "stage",
  columns: [
    ["workspace_id", "uuid"],
    ["id", "uuid"],
    ["job_id", "uuid"],
    ["name", "text"],
    ["position", "integer"],
    ["category", "text"],
    ["sla_days", "integer"],
    ["created_at", "timestamptz"],
  ],
};

export interface ApplicationRow {
  workspace_id: string;
  id: string;
  contact_id: string;
  job_id: string;
  stage_id: string;
  rank: string;
  status: ApplicationStatus;
  source: string;
  credited_to_id: string | null;
  reject_category: RejectCategory | null;
  reject_note: string | null;
  applied_at: string;
  stage_entered_at: string;
  closed_at: string | null;
  created_by_id: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export const APPLICATION_TABLE: TableSpec<ApplicationRow> = {
  table: "application",
  columns: [
    ["workspace_id", "uuid"],
    ["id", "uuid"],
    ["contact_id", "uuid"],
    ["job_id", "uuid"],
    ["stage_id", "uuid"],
    ["rank", "text"],
    ["status", "text"],
    ["source", "text"],
    ["credited_to_id", "uuid"],
    ["reject_category", "text"],
    ["reject_note", "text"],
    ["applied_at", "timestamptz"],
    ["stage_entered_at", "timestamptz"],
    ["closed_at", "timestamptz"],
    ["created_by_id", "uuid"],
    ["created_at", "timestamptz"],
    ["updated_at", "timestamptz"],
    ["version", "integer"],
  ],
};

export interface StageTransitionRow {
  workspace_id: string;
  id: string;
  application_id: string;
  job_id: string;
  from_stage_id: string | null;
  to_stage_id: string;
  transitioned_at: string;
  by_id: string;
  reason: string | null;
}

export const STAGE_TRANSITION_TABLE: TableSpec<StageTransitionRow> = {
  table: "stage_transition",
  columns: [
    ["workspace_id", "uuid"],
    ["id", "uuid"],
    ["application_id", "uuid"],
    ["job_id", "uuid"],
    ["from_stage_id", "uuid"],
    ["to_stage_id", "uuid"],
    ["transitioned_at", "timestamptz"],
    ["by_id", "uuid"],
    ["reason", "text"],
  ],
};

export interface TalentPoolRow {
  workspace_id: string;
  id: string;
  name: string;
  description: string;
  kind: PoolKind;
  filter: ContactFilter | null;
  owner_id: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export const TALENT_POOL_TABLE: TableSpec<TalentPoolRow> = {
  table: "talent_pool",
  columns: [
    ["workspace_id", "uuid"],
    ["id", "uuid"],
    ["name", "text"],
    ["description", "text"],
    ["kind", "text"],
    ["filter", "jsonb"],
    ["owner_id", "uuid"],
    ["created_at", "timestamptz"],
    ["updated_at", "timestamptz"],
    ["version", "integer"],
  ],
};

export interface PoolMembershipRow {
  workspace_id: string;
  pool_id: string;
  contact_id: string;
  added_by_id: string;
  added_at: string;
  note: string | null;
}

export const POOL_MEMBERSHIP_TABLE: TableSpec<PoolMembershipRow> = {
  table: "pool_membership",
  columns: [
    ["workspace_id", "uuid"],
    ["pool_id", "uuid"],
    ["contact_id", "uuid"],
    ["added_by_id", "uuid"],
    ["added_at", "timestamptz"],
    ["note", "text"],
  ],
};

export interface SegmentRow {
  workspace_id: string;
  id: string;
  name: string;
  description: string;
  filter: ContactFilter;
  visibility: SegmentVisibility;
  owner_id: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export const SEGMENT_TABLE: TableSpec<SegmentRow> = {
  table: "segment",
  columns: [
    ["workspace_id", "uuid"],
    ["id", "uuid"],
    ["name", "text"],
    ["description", "text"],
    ["filter", "jsonb"],
    ["visibility", "text"],
    ["owner_id", "uuid"],
    ["created_at", "timestamptz"],
    ["updated_at", "timestamptz"],
    ["version", "integer"],
  ],
};
