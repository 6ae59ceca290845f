import {
  API_KEY_SCOPES,
  COMPANY_SIZES,
  COMPENSATION_PERIODS,
  CONSENT_STATUSES,
  CONTACT_KINDS,
  CUSTOM_FIELD_ENTITIES,
  CUSTOM_FIELD_TYPES,
  EMAIL_TYPES,
  INTERACTION_CHANNELS,
  INTERACTION_DIRECTIONS,
  LINK_KINDS,
  PHONE_TYPES,
  USER_ROLES,
  JOB_STATUSES,
  EMPLOYMENT_TYPES,
  HIRING_TEAM_ROLES,
  STAGE_CATEGORIES,
  APPLICATION_STATUSES,
  REJECT_CATEGORIES,
  POOL_KINDS,
  SEGMENT_VISIBILITIES,
} from "@talentlane/shared";
import { registerEnumType } from "type-graphql";

/** An enum object type-graphql can register, built from one of the shared value lists. */
function enumObject<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };
}

export const UserRoleEnum = enumObject(USER_ROLES);
registerEnumType(UserRoleEnum, {
  name: "UserRole",
  description: "What a user may do in their workspace.",
  valuesConfig: {
    ADMIN: { description: "Everything, including users, API keys and custom field definitions." },
    RECRUITER: { description: "Reads and writes candidates, companies, interactions and tags." },
    HIRING_MANAGER: { description: "Sees only the candidates of jobs whose hiring team they are on." },
    ANALYST: { description: "Reads everything, changes nothing." },
  },
});

export const ContactKindEnum = enumObject(CONTACT_KINDS);
registerEnumType(ContactKindEnum, {
  name: "ContactKind",
  description: "What a contact is to the workspace.",
  valuesConfig: {
    CANDIDATE: { description: "Someone the workspace may place in a job." },
    CLIENT_CONTACT: { description: "Someone at a client or hiring company." },
    REFERRER: { description: "Someone who refers candidates." },
    OTHER: { description: "Anyone else." },
  },
});

export const InteractionChannelEnum = enumObject(INTERACTION_CHANNELS);
registerEnumType(InteractionChannelEnum, {
  name: "InteractionChannel",
  description: "How an interaction took place.",
  valuesConfig: {
    EMAIL: { description: "An email." },
    CALL: { description: "A phone or video call." },
    MEETING: { description: "A meeting in person or online." },
    NOTE: { description: "An internal note about the contact." },
    MESSAGE: { description: "A chat or social message (LinkedIn, SMS, ...)." },
    INTERVIEW: { description: "An interview." },
  },
});

export const InteractionDirectionEnum = enumObject(INTERACTION_DIRECTIONS);
registerEnumType(InteractionDirectionEnum, {
  name: "InteractionDirection",
  description: "Who started the interaction.",
  valuesConfig: {
    INBOUND: { description: "The contact reached out." },
    OUTBOUND: { description: "The workspace reached out." },
    INTERNAL: { description: "Internal only, e.g. a note." },
  },
});

export const CustomFieldEntityEnum = enumObject(CUSTOM_FIELD_ENTITIES);
registerEnumType(CustomFieldEntityEnum, {
  name: "CustomFieldEntity",
  description: "The kind of record a custom field belongs to.",
  valuesConfig: {
    CONTACT: { description: "Contacts." },
    COMPANY: { description: "Companies." },
    JOB: { description: "Jobs." },
    APPLICATION: { description: "Applications (a contact on a job)." },
  },
});

export const CustomFieldTypeEnum = enumObject(CUSTOM_FIELD_TYPES);
registerEnumType(CustomFieldTypeEnum, {
  name: "CustomFieldType",
  description: "The type of a custom field's values, which decides how they are validated and filtered.",
  valuesConfig: {
    TEXT: { description: "One line of text (up to 1,000 characters)." },
    LONG_TEXT: { description: "Long text (up to 100,000 characters)." },
    NUMBER: { description: "A number." },
    BOOLEAN: { description: "true or false." },
    DATE: { description: "A calendar date, YYYY-MM-DD." },
    SINGLE_SELECT: { description: "One of the field's options (by option value)." },
    MULTI_SELECT: { description: "Several of the field's options (a list of option values)." },
    URL: { description: "An http(s) URL." },
    CURRENCY: { description: "An amount of money: { amount, currency } with an ISO 4217 currency." },
    USER: { description: "A user of the workspace (by user id)." },
  },
});

export const CompanySizeEnum = enumObject(COMPANY_SIZES);
registerEnumType(CompanySizeEnum, {
  name: "CompanySize",
  description: "A company's headcount band.",
  valuesConfig: {
    SIZE_1_10: { description: "1 to 10 employees." },
    SIZE_11_50: { description: "11 to 50 employees." },
    SIZE_51_200: { description: "51 to 200 employees." },
    SIZE_201_500: { description: "201 to 500 employees." },
    SIZE_501_1000: { description: "501 to 1,000 employees." },
    SIZE_1001_5000: { description: "1,001 to 5,000 employees." },
    SIZE_5001_10000: { description: "5,001 to 10,000 employees." },
    SIZE_10001_PLUS: { description: "More than 10,000 employees." },
  },
});

export const EmailTypeEnum = enumObject(EMAIL_TYPES);
registerEnumType(EmailTypeEnum, {
  name: "EmailType",
  description: "What an email address is used for.",
  valuesConfig: {
    WORK: { description: "A work address." },
    PERSONAL: { description: "A personal address." },
    OTHER: { description: "Any other address." },
  },
});

export const PhoneTypeEnum = enumObject(PHONE_TYPES);
registerEnumType(PhoneTypeEnum, {
  name: "PhoneType",
  description: "What a phone number is.",
  valuesConfig: {
    MOBILE: { description: "A mobile number." },
    WORK: { description: "A work line." },
    HOME: { description: "A home line." },
    OTHER: { description: "Any other number." },
  },
});

export const LinkKindEnum = enumObject(LINK_KINDS);
registerEnumType(LinkKindEnum, {
  name: "LinkKind",
  description: "Where a profile link points.",
  valuesConfig: {
    LINKEDIN: { description: "A LinkedIn profile." },
    GITHUB: { description: "A GitHub profile." },
    TWITTER: { description: "An X/Twitter profile." },
    PORTFOLIO: { description: "A portfolio (Behance, Dribbble, ...)." },
    WEBSITE: { description: "A personal website." },
    OTHER: { description: "Any other link." },
  },
});

export const CompensationPeriodEnum = enumObject(COMPENSATION_PERIODS);
registerEnumType(CompensationPeriodEnum, {
  name: "CompensationPeriod",
  description: "The period a compensation amount is paid for.",
  valuesConfig: {
    YEAR: { description: "Per year." },
    MONTH: { description: "Per month." },
    DAY: { description: "Per day." },
    HOUR: { description: "Per hour." },
  },
});

export const ConsentStatusEnum = enumObject(CONSENT_STATUSES);
registerEnumType(ConsentStatusEnum, {
  name: "ConsentStatus",
  description: "Whether the contact agreed to be kept and contacted (GDPR/CCPA).",
  valuesConfig: {
    UNKNOWN: { description: "Not asked yet." },
    GRANTED: { description: "The contact agreed." },
    DENIED: { description: "The contact refused." },
    WITHDRAWN: { description: "The contact agreed, then withdrew." },
  },
});

export const ApiKeyScopeEnum = enumObject(API_KEY_SCOPES);
registerEnumType(ApiKeyScopeEnum, {
  name: "ApiKeyScope",
  description: "What an API key may do.",
  valuesConfig: {
    READ: { description: "Run queries." },
    WRITE: { description: "Run mutations." },
  },
});

export enum AuthMethod {
  SESSION = "SESSION",
  API_KEY = "API_KEY",
}
registerEnumType(AuthMethod, {
  name: "AuthMethod",
  description: "How the viewer authenticated.",
  valuesConfig: {
    SESSION: { description: "A session cookie from `login` or `signUp`." },
    API_KEY: { description: "An API key sent as `Authorization: Bearer <key>`." },
  },
});

export enum DeletedRecords {
  EXCLUDE = "EXCLUDE",
  ONLY = "ONLY",
  INCLUDE = "INCLUDE",
}
registerEnumType(DeletedRecords, {
  name: "DeletedRecords",
  description: "Whether a list includes soft-deleted records.",
  valuesConfig: {
    EXCLUDE: { description: "Only records that are not deleted (the default)." },
    ONLY: { description: "Only deleted records (the trash), e.g. to restore them." },
    INCLUDE: { description: "Both." },
  },
});

export const JobStatusEnum = enumObject(JOB_STATUSES);
registerEnumType(JobStatusEnum, {
  name: "JobStatus",
  description: "Where a job is in its life.",
  valuesConfig: {
    DRAFT: { description: "Being prepared; not yet hiring." },
    OPEN: { description: "Hiring." },
    ON_HOLD: { description: "Paused." },
    CLOSED: { description: "No longer hiring." },
    FILLED: { description: "Every opening is filled (set when the last hire is made)." },
  },
});

export const EmploymentTypeEnum = enumObject(EMPLOYMENT_TYPES);
registerEnumType(EmploymentTypeEnum, {
  name: "EmploymentType",
  description: "The kind of employment a job offers.",
  valuesConfig: {
    FULL_TIME: { description: "Full time." },
    PART_TIME: { description: "Part time." },
    CONTRACT: { description: "A contract." },
    TEMPORARY: { description: "Temporary." },
    INTERNSHIP: { description: "An internship." },
  },
});

export const HiringTeamRoleEnum = enumObject(HIRING_TEAM_ROLES);
registerEnumType(HiringTeamRoleEnum, {
  name: "HiringTeamRole",
  description: "A user's part on a job's hiring team.",
  valuesConfig: {
    RECRUITER: { description: "Runs the search." },
    HIRING_MANAGER: { description: "Decides; hiring managers see only the jobs whose team they are on." },
    COORDINATOR: { description: "Schedules interviews and logistics." },
  },
});

export const StageCategoryEnum = enumObject(STAGE_CATEGORIES);
registerEnumType(StageCategoryEnum, {
  name: "StageCategory",
  description: "What a stage means, whatever its name; reports and rules read this.",
  valuesConfig: {
    LEAD: { description: "Sourced or applied, not yet screened." },
    SCREEN: { description: "Being screened." },
    INTERVIEW: { description: "Interviewing." },
    OFFER: { description: "An offer is being made or considered." },
    HIRED: { description: "Hired: moving here marks the application hired and fills an opening." },
    REJECTED: { description: "Rejected: moving here needs a reason and closes the application." },
  },
});

export const ApplicationStatusEnum = enumObject(APPLICATION_STATUSES);
registerEnumType(ApplicationStatusEnum, {
  name: "ApplicationStatus",
  description: "Whether an application is still in play.",
  valuesConfig: {
    ACTIVE: { description: "In the pipeline." },
    HIRED: { description: "The candidate was hired." },
    REJECTED: { description: "The candidate was rejected (see the reason)." },
    WITHDRAWN: { description: "The candidate withdrew." },
  },
});

export const RejectCategoryEnum = enumObject(REJECT_CATEGORIES);
registerEnumType(RejectCategoryEnum, {
  name: "RejectCategory",
  description: "Why a candidate was rejected.",
  valuesConfig: {
    SKILLS: { description: "Missing skills." },
    EXPERIENCE: { description: "Not the right experience." },
    CULTURE_FIT: { description: "Not a fit for the team." },
    COMPENSATION: { description: "Compensation expectations do not match." },
    LOCATION: { description: "Location or work authorization." },
    CANDIDATE_DECLINED: { description: "The candidate declined." },
    POSITION_FILLED: { description: "The position was filled." },
    NO_RESPONSE: { description: "The candidate stopped responding." },
    OTHER: { description: "Another reason (see the note)." },
  },
});

export const PoolKindEnum = enumObject(POOL_KINDS);
registerEnumType(PoolKindEnum, {
  name: "PoolKind",
  description: "How a talent pool gets its members.",
  valuesConfig: {
    STATIC: { description: "Members are added and removed by hand." },
    DYNAMIC: { description: "Members are everyone the pool's saved filter matches, computed live." },
  },
});

export const SegmentVisibilityEnum = enumObject(SEGMENT_VISIBILITIES);
registerEnumType(SegmentVisibilityEnum, {
  name: "SegmentVisibility",
  description: "Who sees a saved segment.",
  valuesConfig: {
    PRIVATE: { description: "Only its owner." },
    WORKSPACE: { description: "Everyone in the workspace." },
  },
});
