/**
 * Enumerations both sides use. Values are the strings stored in the database and printed in the schema.
 */

export const USER_ROLES = ["ADMIN", "RECRUITER", "HIRING_MANAGER", "ANALYST"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const CONTACT_KINDS = ["CANDIDATE", "CLIENT_CONTACT", "REFERRER", "OTHER"] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const INTERACTION_CHANNELS = ["EMAIL", "CALL", "MEETING", "NOTE", "MESSAGE", "INTERVIEW"] as const;
export type InteractionChannel = (typeof INTERACTION_CHANNELS)[number];

export const INTERACTION_DIRECTIONS = ["INBOUND", "OUTBOUND", "INTERNAL"] as const;
export type InteractionDirection = (typeof INTERACTION_DIRECTIONS)[number];

export const CUSTOM_FIELD_ENTITIES = ["CONTACT", "COMPANY", "JOB", "APPLICATION"] as const;
export type CustomFieldEntity = (typeof CUSTOM_FIELD_ENTITIES)[number];

export const CUSTOM_FIELD_TYPES = [
  "TEXT",
  "LONG_TEXT",
  "NUMBER",
  "BOOLEAN",
  "DATE",
  "SINGLE_SELECT",
  "MULTI_SELECT",
  "URL",
  "CURRENCY",
  "USER",
] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

export const COMPANY_SIZES = [
  "SIZE_1_10",
  "SIZE_11_50",
  "SIZE_51_200",
  "SIZE_201_500",
  "SIZE_501_1000",
  "SIZE_1001_5000",
  "SIZE_5001_10000",
  "SIZE_10001_PLUS",
] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const EMAIL_TYPES = ["WORK", "PERSONAL", "OTHER"] as const;
export type EmailType = (typeof EMAIL_TYPES)[number];

export const PHONE_TYPES = ["MOBILE", "WORK", "HOME", "OTHER"] as const;
export type PhoneType = (typeof PHONE_TYPES)[number];

export const LINK_KINDS = ["LINKEDIN", "GITHUB", "TWITTER", "PORTFOLIO", "WEBSITE", "OTHER"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const COMPENSATION_PERIODS = ["YEAR", "MONTH", "DAY", "HOUR"] as const;
export type CompensationPeriod = (typeof COMPENSATION_PERIODS)[number];

export const CONSENT_STATUSES = ["UNKNOWN", "GRANTED", "DENIED", "WITHDRAWN"] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export const API_KEY_SCOPES = ["READ", "WRITE"] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** Skill levels run 1 (beginner) to 5 (expert). */
export const SKILL_LEVEL_MIN = 1;
export const SKILL_LEVEL_MAX = 5;

export const JOB_STATUSES = ["DRAFT", "OPEN", "ON_HOLD", "CLOSED", "FILLED"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const EMPLOYMENT_TYPES = ["FULL_TIME", "PART_TIME", "CONTRACT", "TEMPORARY", "INTERNSHIP"] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const HIRING_TEAM_ROLES = ["RECRUITER", "HIRING_MANAGER", "COORDINATOR"] as const;
export type HiringTeamRole = (typeof HIRING_TEAM_ROLES)[number];

export const STAGE_CATEGORIES = ["LEAD", "SCREEN", "INTERVIEW", "OFFER", "HIRED", "REJECTED"] as const;
export type StageCategory = (typeof STAGE_CATEGORIES)[number];

export const APPLICATION_STATUSES = ["ACTIVE", "HIRED", "REJECTED", "WITHDRAWN"] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const REJECT_CATEGORIES = [
  "SKILLS",
  "EXPERIENCE",
  "CULTURE_FIT",
  "COMPENSATION",
  "LOCATION",
  "CANDIDATE_DECLINED",
  "POSITION_FILLED",
  "NO_RESPONSE",
  "OTHER",
] as const;
export type RejectCategory = (typeof REJECT_CATEGORIES)[number];

export const POOL_KINDS = ["STATIC", "DYNAMIC"] as const;
export type PoolKind = (typeof POOL_KINDS)[number];

export const SEGMENT_VISIBILITIES = ["PRIVATE", "WORKSPACE"] as const;
export type SegmentVisibility = (typeof SEGMENT_VISIBILITIES)[number];
