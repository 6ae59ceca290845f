import type { ApplicationStatus, ContactKind, StageCategory } from "@talentlane/shared";
import { Field, Float, ID, InputType, Int, registerEnumType } from "type-graphql";
import { ApplicationStatusEnum, ContactKindEnum, StageCategoryEnum } from "../../graphql/enums";
import {
  BooleanFilter,
  CustomFieldCondition,
  DateFilter,
  DateTimeFilter,
  IdFilter,
  KeywordFilter,
  NumberFilter,
  TextFilter,
} from "../../graphql/filter-operators.inputs";
import { CompanyFilter } from "../companies/company.inputs";

export enum ContactOrderBy {
  CREATED_AT_DESC = "CREATED_AT_DESC",
  CREATED_AT_ASC = "CREATED_AT_ASC",
  UPDATED_AT_DESC = "UPDATED_AT_DESC",
  UPDATED_AT_ASC = "UPDATED_AT_ASC",
  NAME_ASC = "NAME_ASC",
  NAME_DESC = "NAME_DESC",
  YEARS_OF_EXPERIENCE_DESC = "YEARS_OF_EXPERIENCE_DESC",
  YEARS_OF_EXPERIENCE_ASC = "YEARS_OF_EXPERIENCE_ASC",
  RELEVANCE = "RELEVANCE",
}
registerEnumType(ContactOrderBy, {
  name: "ContactOrderBy",
  description: "Orderings of a contact list; each ends with the id, so pages are stable.",
  valuesConfig: {
    CREATED_AT_DESC: { description: "Newest first (the default without `search`)." },
    CREATED_AT_ASC: { description: "Oldest first." },
    UPDATED_AT_DESC: { description: "Most recently changed first." },
    UPDATED_AT_ASC: { description: "Least recently changed first." },
    NAME_ASC: { description: "By display name, A to Z." },
    NAME_DESC: { description: "By display name, Z to A." },
    YEARS_OF_EXPERIENCE_DESC: { description: "Most experienced first; unknown experience last." },
    YEARS_OF_EXPERIENCE_ASC: { description: "Least experienced first; unknown experience first." },
    RELEVANCE: { description: "Best match to `search` first (the default with `search`; requires it)." },
  },
});

@InputType({ description: "Conditions on the contact's kind." })
export class ContactKindFilter {
  @Field(() => ContactKindEnum, { nullable: true, description: "Is this kind." })
  equalTo?: ContactKind | null;

  @Field(() => ContactKindEnum, { nullable: true, description: "Is not this kind." })
  notEqualTo?: ContactKind | null;

  @Field(() => [ContactKindEnum], { nullable: true, description: "Is one of these kinds." })
  in?: ContactKind[] | null;

  @Field(() => [ContactKindEnum], { nullable: true, description: "Is none of these kinds." })
  notIn?: ContactKind[] | null;
}

@InputType({ description: "A skill to look for, optionally at a minimum level or with minimum years." })
export class SkillCondition {
  @Field({ description: "The skill's name, matched ignoring case." })
  name: string;

  @Field(() => Int, { nullable: true, description: "At least this level (1-5)." })
  minLevel?: number | null;

  @Field(() => Float, { nullable: true, description: "At least this many years with the skill." })
  minYears?: number | null;
}

@InputType({ description: "Conditions on skills." })
export class SkillsFilter {
  @Field(() => [SkillCondition], { nullable: true, description: "Has every one of these skills." })
  allOf?: SkillCondition[] | null;

  @Field(() => [SkillCondition], { nullable: true, description: "Has at least one of these skills." })
  anyOf?: SkillCondition[] | null;

  @Field(() => [String], { nullable: true, description: "Has none of these skills." })
  noneOf?: string[] | null;
}

@InputType({ description: "Conditions on tags, by name (ignoring case)." })
export class TagsFilter {
  @Field(() => [String], { nullable: true, description: "Has at least one of these tags." })
  anyOf?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Has all of these tags." })
  allOf?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Has none of these tags." })
  noneOf?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "true: has no tags; false: has at least one." })
  isEmpty?: boolean | null;
}

@InputType({ description: "Conditions on location." })
export class LocationFilter {
  @Field(() => KeywordFilter, { nullable: true, description: "City." })
  city?: KeywordFilter | null;

  @Field(() => KeywordFilter, { nullable: true, description: "Region, state or province." })
  region?: KeywordFilter | null;

  @Field(() => KeywordFilter, { nullable: true, description: "ISO 3166-1 alpha-2 country code." })
  country?: KeywordFilter | null;
}

@InputType({ description: "Conditions on one position of the work history." })
export class EmploymentFilter {
  @Field(() => TextFilter, { nullable: true, description: "The employer's name." })
  companyName?: TextFilter | null;

  @Field(() => TextFilter, { nullable: true, description: "The job title." })
  title?: TextFilter | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the position is current." })
  isCurrent?: boolean | null;
}

@InputType({ description: "Conditions on the work history: some, every or none of its positions match." })
export class EmploymentsFilter {
  @Field(() => EmploymentFilter, { nullable: true, description: "At least one position matches (past employers and titles)." })
  some?: EmploymentFilter | null;

  @Field(() => EmploymentFilter, { nullable: true, description: "Every position matches." })
  every?: EmploymentFilter | null;

  @Field(() => EmploymentFilter, { nullable: true, description: "No position matches." })
  none?: EmploymentFilter | null;
}

@InputType({ description: "Conditions on a stage category." })
export class StageCategoryFilter {
  @Field(() => StageCategoryEnum, { nullable: true, description: "Is this category." })
  equalTo?: StageCategory | null;

  @Field(() => StageCategoryEnum, { nullable: true, description: "Is not this category." })
  notEqualTo?: StageCategory | null;

  @Field(() => [StageCategoryEnum], { nullable: true, description: "Is one of these categories." })
  in?: StageCategory[] | null;

  @Field(() => [StageCategoryEnum], { nullable: true, description: "Is none of these categories." })
  notIn?: StageCategory[] | null;
}

@InputType({ description: "Conditions on an application's status." })
export class ApplicationStatusFilter {
  @Field(() => ApplicationStatusEnum, { nullable: true, description: "Is this status." })
  equalTo?: ApplicationStatus | null;

  @Field(() => ApplicationStatusEnum, { nullable: true, description: "Is not this status." })
  notEqualTo?: ApplicationStatus | null;

  @Field(() => [ApplicationStatusEnum], { nullable: true, description: "Is one of these statuses." })
  in?: ApplicationStatus[] | null;

  @Field(() => [ApplicationStatusEnum], { nullable: true, description: "Is none of these statuses." })
  notIn?: ApplicationStatus[] | null;
}

@InputType({ description: "Conditions on one of the contact's applications (on the jobs you can see)." })
export class ApplicationFilter {
  @Field(() => IdFilter, { nullable: true, description: "The job." })
  job?: IdFilter | null;

  @Field(() => IdFilter, { nullable: true, description: "The current stage." })
  stage?: IdFilter | null;

  @Field(() => StageCategoryFilter, { nullable: true, description: "The current stage's category." })
  stageCategory?: StageCategoryFilter | null;

  @Field(() => ApplicationStatusFilter, { nullable: true, description: "The status." })
  status?: ApplicationStatusFilter | null;

  @Field(() => NumberFilter, { nullable: true, description: "Whole days in the current stage." })
  daysInStage?: NumberFilter | null;

  @Field(() => DateTimeFilter, { nullable: true, description: "When the contact applied." })
  appliedAt?: DateTimeFilter | null;

  @Field(() => KeywordFilter, { nullable: true, description: "The application's source." })
  source?: KeywordFilter | null;

  @Field(() => IdFilter, { nullable: true, description: "The user credited with the candidate." })
  creditedTo?: IdFilter | null;
}

@InputType({ description: "Conditions on the contact's applications: some, every or none match." })
export class ApplicationsFilter {
  @Field(() => ApplicationFilter, { nullable: true, description: "At least one application matches." })
  some?: ApplicationFilter | null;

  @Field(() => ApplicationFilter, { nullable: true, description: "Every application matches." })
  every?: ApplicationFilter | null;

  @Field(() => ApplicationFilter, { nullable: true, description: "No application matches." })
  none?: ApplicationFilter | null;
}

@InputType({ description: "Membership of talent pools, or matching saved segments, by id." })
export class MembershipFilter {
  @Field(() => [ID], { nullable: true, description: "In (or matching) at least one of these." })
  anyOf?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "In (or matching) all of these." })
  allOf?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "In (or matching) none of these." })
  noneOf?: string[] | null;
}

@InputType({
  description:
    "Conditions on contacts: the filter language shared by lists, segments, pools, reports and automations. All fields given must hold; `and`, `or` and `not` group conditions.",
})
export class ContactFilter {
  @Field(() => [ContactFilter], { nullable: true, description: "All of these must hold." })
  and?: ContactFilter[] | null;

  @Field(() => [ContactFilter], { nullable: true, description: "At least one of these must hold." })
  or?: ContactFilter[] | null;

  @Field(() => ContactFilter, { nullable: true, description: "This must not hold." })
  not?: ContactFilter | null;

  @Field(() => IdFilter, { nullable: true, description: "The contact itself." })
  id?: IdFilter | null;

  @Field(() => ContactKindFilter, { nullable: true, description: "The contact's kind." })
  kind?: ContactKindFilter | null;

  @Field(() => TextFilter, { nullable: true, description: "The display name." })
  name?: TextFilter | null;

  @Field(() => TextFilter, { nullable: true, description: "Any of the email addresses." })
  email?: TextFilter | null;

  @Field(() => TextFilter, { nullable: true, description: "Any of the phone numbers (written any way; digits match)." })
  phone?: TextFilter | null;

  @Field(() => TextFilter, { nullable: true, description: "The headline." })
  headline?: TextFilter | null;

  @Field(() => TextFilter, { nullable: true, description: "The current job title." })
  currentTitle?: TextFilter | null;

  @Field(() => SkillsFilter, { nullable: true, description: "Skills, with minimum levels or years." })
  skills?: SkillsFilter | null;

  @Field(() => LocationFilter, { nullable: true, description: "Location." })
  location?: LocationFilter | null;

  @Field(() => NumberFilter, { nullable: true, description: "Total years of experience." })
  yearsOfExperience?: NumberFilter | null;

  @Field(() => DateFilter, { nullable: true, description: "The date the contact could start." })
  availabilityDate?: DateFilter | null;

  @Field(() => BooleanFilter, { nullable: true, description: "Whether the contact would relocate." })
  willingToRelocate?: BooleanFilter | null;

  @Field(() => KeywordFilter, { nullable: true, description: "Work authorization." })
  workAuthorization?: KeywordFilter | null;

  @Field(() => TagsFilter, { nullable: true, description: "Tags." })
  tags?: TagsFilter | null;

  @Field(() => IdFilter, { nullable: true, description: "The owning user." })
  owner?: IdFilter | null;

  @Field(() => KeywordFilter, { nullable: true, description: "Where the contact came from." })
  source?: KeywordFilter | null;

  @Field(() => CompanyFilter, { nullable: true, description: "The company record the contact works at matches this." })
  company?: CompanyFilter | null;

  @Field(() => EmploymentsFilter, { nullable: true, description: "The work history: past employers and titles." })
  employments?: EmploymentsFilter | null;

  @Field(() => [CustomFieldCondition], { nullable: true, description: "Conditions on CONTACT custom fields; all must hold." })
  customFields?: CustomFieldCondition[] | null;

  @Field(() => DateTimeFilter, { nullable: true, description: "When the contact was added." })
  createdAt?: DateTimeFilter | null;

  @Field(() => DateTimeFilter, { nullable: true, description: "When the contact last changed." })
  updatedAt?: DateTimeFilter | null;

  @Field(() => ApplicationsFilter, { nullable: true, description: "The contact's applications: job, stage, status, days in stage, ..." })
  applications?: ApplicationsFilter | null;

  @Field(() => MembershipFilter, { nullable: true, description: "Talent pool membership (dynamic pools by their saved filter)." })
  pools?: MembershipFilter | null;

  @Field(() => MembershipFilter, { nullable: true, description: "Matching saved segments." })
  segments?: MembershipFilter | null;
}
