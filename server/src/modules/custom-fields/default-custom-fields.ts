import type { EntityManager } from "typeorm";
import { newId } from "../../common/ids";
import { CustomFieldDefinitionEntity } from "./custom-field-definition.entity";

/**
 * The contact fields recruiters ask for first; every new workspace starts with them (they can be renamed or
 * archived like any other).
 */
export const DEFAULT_CONTACT_FIELDS: Array<Pick<CustomFieldDefinitionEntity, "key" | "label" | "description" | "type" | "options">> = [
  {
    key: "visa_sponsorship_required",
    label: "Visa Sponsorship Required",
    description: "Whether the candidate needs the employer to sponsor a work visa.",
    type: "BOOLEAN",
    options: [],
  },
  {
    key: "desired_start_date",
    label: "Desired Start Date",
    description: "The earliest date the candidate wants to start.",
    type: "DATE",
    options: [],
  },
  {
    key: "referral_source",
    label: "Referral Source",
    description: "Who or what referred the candidate.",
    type: "SINGLE_SELECT",
    options: [
      { value: "employee_referral", label: "Employee referral" },
      { value: "linkedin", label: "LinkedIn" },
      { value: "job_board", label: "Job board" },
      { value: "agency", label: "Agency" },
      { value: "career_fair", label: "Career fair" },
      { value: "company_website", label: "Company website" },
      { value: "other", label: "Other" },
    ],
  },
  {
    key: "psychometric_test_scores",
    label: "Psychometric Test Scores",
    description: "The candidate's overall psychometric assessment score (0-100).",
    type: "NUMBER",
    options: [],
  },
  {
    key: "candidate_availability",
    label: "Candidate Availability",
    description: "How soon the candidate could start.",
    type: "SINGLE_SELECT",
    options: [
      { value: "immediately", label: "Immediately" },
      { value: "two_weeks", label: "Two weeks' notice" },
      { value: "one_month", label: "One month" },
      { value: "three_months", label: "Three months" },
      { value: "not_looking", label: "Not looking" },
    ],
  },
];

/** Creates the default contact fields in a new workspace. */
export async function createDefaultCustomFields(db: EntityManager, workspaceId: string): Promise<void> {
  const now = new Date();
  await db.insert(
    CustomFieldDefinitionEntity,
    DEFAULT_CONTACT_FIELDS.map((field, position) => ({
      ...field,
      workspaceId,
      id: newId(),
      entity: "CONTACT" as const,
      isRequired: false,
      position,
      archivedAt: null,
      updatedAt: now,
    })),
  );
}
