import type { CompanySize, ConsentStatus, ContactKind, InteractionChannel, InteractionDirection, UserRole } from "@talentlane/shared";
import type {
  ContactEducation,
  ContactEmail,
  ContactEmployment,
  ContactLink,
  ContactPhone,
  ContactSkill,
  DesiredCompensation,
} from "../../modules/contacts/contact.values";
import type { TableSpec } from "./demo-insert";

// The CRM tables the demo seed fills: one row type per table (keys are column names) and the columns it inserts.

export interface WorkspaceRow {
  id: string;
  name: string;
  settings: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

export const WORKSPACE_TABLE: TableSpec<WorkspaceRow> = {
  table: "workspace",
  columns: [
    ["id", "uuid"],
    ["name", "text"],
    ["settings", "jsonb"],
    ["created_at", "timestamptz"],
    ["updated_at", "timestamptz"],
  ],
};

export interface UserRow {
  workspace_id: string;
  id: string;
  email: string;
  name: string;
  role: UserRole;
  password_hash: string;
  is_active: boolean;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export const USER_TABLE: TableSpec<UserRow> = {
  table: "app_user",
  columns: [
    ["workspace_id", "uuid"],
    ["id", "uuid"],
    ["email", "text"],
    ["name", "text"],
    ["role", "text"],
    ["password_hash", "text"],
    ["is_active", "boolean"],
    ["last_login_at", "timestamptz"],
    ["created_at", "timestamptz"],
    ["updated_at", "timestamptz"],
  ],
};

export interface CompanyRow {
  workspace_id: string;
  id: string;
  name: string;
  domain: string;
  industry: string;
  size: CompanySize;
  description: string | null;
  custom_values: Record<string, unknown>;
  created_by_id: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export const COMPANY_TABLE: TableSpec<CompanyRow> = {
  table: "company",
  columns: [
    ["workspace_id", "uuid"],
    ["id", "uuid"],
    ["name", "text"],
    ["domain", "text"],
    ["industry", "text"],
    ["size", "text"],
    ["description", "text"],
    ["custom_values", "jsonb"],
    ["created_by_id", "uuid"],
    ["created_at", "timestamptz"],
    ["updated_at", "timestamptz"],
    ["version", "integer"],
  ],
};

export interface TagRow {
  workspace_id: string;
  id: string;
  name: string;
  color: string;
  created_at: string;
}

export const TAG_TABLE: TableSpec<TagRow> = {
  table: "tag",
  columns: [
    ["workspace_id", "uuid"],
    ["id", "uuid"],
    ["name", "text"],
    ["color", "text"],
    ["created_at", "timestamptz"],
  ],
};

export interface ContactRow {
  workspace_id: string;
  id: string;
  kind: ContactKind;
  given_name: string;
  family_name: string;
  display_name: string;
  emails: ContactEmail[];
  phones: ContactPhone[];
  links: ContactLink[];
  city: string;
  region: string;
  country: string;
  headline: string | null;
  current_title: string | null;
  current_company_name: string | null;
  company_id: string | null;
  skills: ContactSkill[];
  employments: ContactEmployment[];
  educations: ContactEducation[];
  years_of_experience: number;
  availability_date: string | null;
  work_authorization: string | null;
  willing_to_relocate: boolean | null;
  desired_compensation: DesiredCompensation | null;
  source: string;
  owner_id: string | null;
  tag_ids: string[];
  custom_values: Record<string, unknown>;
  consent_status: ConsentStatus;
  consent_recorded_at: string | null;
  created_by_id: string;
  created_at: string;
  updated_at: string;
  deleted_at: null;
  version: number;
}

// The generated columns (email_text, phone_text, employment_text, search_vector) are left to
// PostgreSQL: inserting into them is an error.
export const CONTACT_TABLE: TableSpec<ContactRow> = {
  table: "contact",
  columns: [
    ["workspace_id", "uuid"],
    ["id", "uuid"],
    ["kind", "text"],
    ["given_name", "text"],
    ["family_name", "text"],
    ["display_name", "text"],
    ["emails", "jsonb"],
    ["phones", "jsonb"],
    ["links", "jsonb"],
    ["city", "text"],
    ["region", "text"],
    ["country", "text"],
    ["headline", "text"],
    ["current_title", "text"],
    ["current_company_name", "text"],
    ["company_id", "uuid"],
    ["skills", "jsonb"],
    ["employments", "jsonb"],
    ["educations", "jsonb"],
    ["years_of_experience", "numeric"],
    ["availability_date", "date"],
    ["work_authorization", "text"],
    ["willing_to_relocate", "boolean"],
    ["desired_compensation", "jsonb"],
    ["source", "text"],
    ["owner_id", "uuid"],
    ["tag_ids", "uuid[]"],
    ["custom_values", "jsonb"],
    ["consent_status", "text"],
    ["consent_recorded_at", "timestamptz"],
    ["created_by_id", "uuid"],
    ["created_at", "timestamptz"],
    ["updated_at", "timestamptz"],
    ["deleted_at", "timestamptz"],
    ["version", "integer"],
  ],
};

export interface InteractionRow {
  workspace_id: string;
  id: string;
  contact_id: string;
  channel: InteractionChannel;
  direction: InteractionDirection;
  subject: string | null;
  body: string;
  occurred_at: string;
  duration_minutes: number | null;
  author_id: string;
  participants: Array<{ name: string; email: string }>;
  created_at: string;
}

export const INTERACTION_TABLE: TableSpec<InteractionRow> = {
  table: "interaction",
  columns: [
    ["workspace_id", "uuid"],
    ["id", "uuid"],
    ["contact_id", "uuid"],
    ["channel", "text"],
    ["direction", "text"],
    ["subject", "text"],
    ["body", "text"],
    ["occurred_at", "timestamptz"],
    ["duration_minutes", "integer"],
    ["author_id", "uuid"],
    ["participants", "jsonb"],
    ["created_at", "timestamptz"],
  ],
};
