import { REJECT_CATEGORIES, type RejectCategory } from "@talentlane/shared";

/** How each rejection category reads in the reason dialog. */
export const REJECT_CATEGORY_LABELS: Record<RejectCategory, string> = {
  SKILLS: "Missing skills",
  EXPERIENCE: "Not the right experience",
  CULTURE_FIT: "Not a fit for the team",
  COMPENSATION: "Compensation expectations",
  LOCATION: "Location or work authorization",
  CANDIDATE_DECLINED: "Candidate declined",
  POSITION_FILLED: "Position filled",
  NO_RESPONSE: "Candidate stopped responding",
  OTHER: "Other (explain in the note)",
};

/** The categories as Select options, in the API's order. */
export const REJECT_CATEGORY_OPTIONS = REJECT_CATEGORIES.map((value) => ({ value, label: REJECT_CATEGORY_LABELS[value] }));

/** A reason as the dialog collects it. */
export interface RejectReasonDraft {
  category: RejectCategory | null;
  note: string;
}

/** What is missing from a reason before it can be sent, by field (empty when it is complete). */
export function validateRejectReason(draft: RejectReasonDraft): { category?: string; note?: string } {
  const problems: { category?: string; note?: string } = {};
  if (!draft.category) problems.category = "Choose why the candidate is rejected";
  if (draft.category === "OTHER" && !draft.note.trim()) problems.note = "Explain the reason in a note";
  return problems;
}

/** The `rejectReason` input for a complete draft (the note trimmed, null when empty). */
export function toRejectReasonInput(draft: RejectReasonDraft): { category: RejectCategory; note: string | null } | null {
  if (Object.keys(validateRejectReason(draft)).length > 0 || !draft.category) return null;
  return { category: draft.category, note: draft.note.trim() || null };
}

/** Whether a string is one of the API's rejection categories. */
export function isRejectCategory(value: string | null | undefined): value is RejectCategory {
  return (REJECT_CATEGORIES as readonly string[]).includes(value ?? "");
}
