import { z } from "zod";
import {
  APPLICATION_STATUSES,
  CONTACT_KINDS,
  SKILL_LEVEL_MAX,
  SKILL_LEVEL_MIN,
  STAGE_CATEGORIES,
  type ApplicationStatus,
  type ContactKind,
  type StageCategory,
} from "../enums";
import { LIMITS } from "../limits";
import { companyFilterSchema, type CompanyFilter } from "./company-filter";
import {
  booleanFilterSchema,
  customFieldConditionSchema,
  dateFilterSchema,
  dateTimeFilterSchema,
  enumFilterSchema,
  idFilterSchema,
  keywordFilterSchema,
  numberFilterSchema,
  textFilterSchema,
  type BooleanFilter,
  type CustomFieldCondition,
  type DateFilter,
  type DateTimeFilter,
  type EnumFilter,
  type IdFilter,
  type KeywordFilter,
  type NumberFilter,
  type TextFilter,
} from "./operators";

/** A skill a contact must have, optionally at a minimum level (1-5) or with minimum years. */
export interface SkillCondition {
  name: string;
  minLevel?: number | null;
  minYears?: number | null;
}

/** Skills: all of, any of, none of. */
export interface SkillsFilter {
  allOf?: SkillCondition[] | null;
  anyOf?: SkillCondition[] | null;
  noneOf?: string[] | null;
}

/** Tags by name: any of, all of, none of; `isEmpty` for untagged contacts. */
export interface TagsFilter {
  anyOf?: string[] | null;
  allOf?: string[] | null;
  noneOf?: string[] | null;
  isEmpty?: boolean | null;
}

export interface LocationFilter {
  city?: KeywordFilter | null;
  region?: KeywordFilter | null;
  /** ISO 3166-1 alpha-2 codes. */
  country?: KeywordFilter | null;
}

/** Conditions on one employment in a contact's history. */
export interface EmploymentFilter {
  companyName?: TextFilter | null;
  title?: TextFilter | null;
  isCurrent?: boolean | null;
}

/** A to-many relation: some, every or none of the related items match. */
export interface EmploymentsFilter {
  some?: EmploymentFilter | null;
  every?: EmploymentFilter | null;
  none?: EmploymentFilter | null;
}

/** Conditions on one application (a candidacy of the contact on a job). */
export interface ApplicationFilter {
  job?: IdFilter | null;
  stage?: IdFilter | null;
  stageCategory?: EnumFilter<StageCategory> | null;
  status?: EnumFilter<ApplicationStatus> | null;
  /** Whole days since the application entered its current stage. */
  daysInStage?: NumberFilter | null;
  appliedAt?: DateTimeFilter | null;
  source?: KeywordFilter | null;
  creditedTo?: IdFilter | null;
}

/** A to-many relation to applications: some, every or none match. */
export interface ApplicationsFilter {
  some?: ApplicationFilter | null;
  every?: ApplicationFilter | null;
  none?: ApplicationFilter | null;
}

/** Membership of talent pools, or matching saved segments, by id. */
export interface MembershipFilter {
  anyOf?: string[] | null;
  allOf?: string[] | null;
  noneOf?: string[] | null;
}

/**
 * The contact filter AST: one definition for the API's `ContactFilter` input, saved segments, pools, reports and
 * automation conditions. All fields of one object must hold (AND); `and`/`or`/`not` group further.
 */
export interface ContactFilter {
  and?: ContactFilter[] | null;
  or?: ContactFilter[] | null;
  not?: ContactFilter | null;
  id?: IdFilter | null;
  kind?: EnumFilter<ContactKind> | null;
  name?: TextFilter | null;
  email?: TextFilter | null;
  phone?: TextFilter | null;
  headline?: TextFilter | null;
  currentTitle?: TextFilter | null;
  skills?: SkillsFilter | null;
  location?: LocationFilter | null;
  yearsOfExperience?: NumberFilter | null;
  availabilityDate?: DateFilter | null;
  willingToRelocate?: BooleanFilter | null;
  workAuthorization?: KeywordFilter | null;
  tags?: TagsFilter | null;
  owner?: IdFilter | null;
  source?: KeywordFilter | null;
  company?: CompanyFilter | null;
  employments?: EmploymentsFilter | null;
  customFields?: CustomFieldCondition[] | null;
  createdAt?: DateTimeFilter | null;
  updatedAt?: DateTimeFilter | null;
  applications?: ApplicationsFilter | null;
  pools?: MembershipFilter | null;
  segments?: MembershipFilter | null;
}

const skillName = z.string().trim().min(1, "must not be empty").max(100);
const names = z.array(z.string().trim().min(1, "must not be empty").max(100)).max(LIMITS.filterMaxListValues);

const skillConditionSchema = z.strictObject({
  name: skillName,
  minLevel: z.number().int().min(SKILL_LEVEL_MIN).max(SKILL_LEVEL_MAX).nullish(),
  minYears: z.number().min(0).max(80).nullish(),
});

const employmentFilterSchema = z.strictObject({
  companyName: textFilterSchema.nullish(),
  title: textFilterSchema.nullish(),
  isCurrent: z.boolean().nullish(),
});

const applicationFilterSchema = z.strictObject({
  job: idFilterSchema.nullish(),
  stage: idFilterSchema.nullish(),
  stageCategory: enumFilterSchema(STAGE_CATEGORIES).nullish(),
  status: enumFilterSchema(APPLICATION_STATUSES).nullish(),
  daysInStage: numberFilterSchema.nullish(),
  appliedAt: dateTimeFilterSchema.nullish(),
  source: keywordFilterSchema.nullish(),
  creditedTo: idFilterSchema.nullish(),
});

const ids = z.array(z.string().min(1).max(200)).max(LIMITS.filterMaxListValues);
const membershipFilterSchema = z.strictObject({ anyOf: ids.nullish(), allOf: ids.nullish(), noneOf: ids.nullish() });

export const contactFilterSchema: z.ZodType<ContactFilter> = z.lazy(() =>
  z.strictObject({
    and: z.array(contactFilterSchema).max(LIMITS.filterMaxConditions).nullish(),
    or: z.array(contactFilterSchema).max(LIMITS.filterMaxConditions).nullish(),
    not: contactFilterSchema.nullish(),
    id: idFilterSchema.nullish(),
    kind: enumFilterSchema(CONTACT_KINDS).nullish(),
    name: textFilterSchema.nullish(),
    email: textFilterSchema.nullish(),
    phone: textFilterSchema.nullish(),
    headline: textFilterSchema.nullish(),
    currentTitle: textFilterSchema.nullish(),
    skills: z
      .strictObject({
        allOf: z.array(skillConditionSchema).max(50).nullish(),
        anyOf: z.array(skillConditionSchema).max(50).nullish(),
        noneOf: names.nullish(),
      })
      .nullish(),
    location: z
      .strictObject({
        city: keywordFilterSchema.nullish(),
        region: keywordFilterSchema.nullish(),
        country: keywordFilterSchema.nullish(),
      })
      .nullish(),
    yearsOfExperience: numberFilterSchema.nullish(),
    availabilityDate: dateFilterSchema.nullish(),
    willingToRelocate: booleanFilterSchema.nullish(),
    workAuthorization: keywordFilterSchema.nullish(),
    tags: z
      .strictObject({
        anyOf: names.nullish(),
        allOf: names.nullish(),
        noneOf: names.nullish(),
        isEmpty: z.boolean().nullish(),
      })
      .nullish(),
    owner: idFilterSchema.nullish(),
    source: keywordFilterSchema.nullish(),
    company: companyFilterSchema.nullish(),
    employments: z
      .strictObject({
        some: employmentFilterSchema.nullish(),
        every: employmentFilterSchema.nullish(),
        none: employmentFilterSchema.nullish(),
      })
      .nullish(),
    customFields: z.array(customFieldConditionSchema).max(LIMITS.filterMaxConditions).nullish(),
    createdAt: dateTimeFilterSchema.nullish(),
    updatedAt: dateTimeFilterSchema.nullish(),
    applications: z
      .strictObject({
        some: applicationFilterSchema.nullish(),
        every: applicationFilterSchema.nullish(),
        none: applicationFilterSchema.nullish(),
      })
      .nullish(),
    pools: membershipFilterSchema.nullish(),
    segments: membershipFilterSchema.nullish(),
  }),
);
