import type {
  CompensationPeriod,
  ConsentStatus,
  ContactKind,
  EmailType,
  LinkKind,
  PhoneType,
} from "@talentlane/shared";
import { GraphQLJSONObject } from "graphql-scalars";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../common/pagination/connection.types";
import {
  CompensationPeriodEnum,
  ConsentStatusEnum,
  ContactKindEnum,
  EmailTypeEnum,
  LinkKindEnum,
  PhoneTypeEnum,
} from "../../graphql/enums";
import { Node } from "../../graphql/node";
import { HasCustomValues } from "../custom-fields/has-custom-values";
import { TagType } from "../tags/tag.type";

@ObjectType("ContactEmail", { simpleResolvers: true, description: "An email address of a contact." })
export class ContactEmailType {
  @Field({ description: "The address, lower-cased." })
  address: string;

  @Field(() => EmailTypeEnum, { description: "What the address is used for." })
  type: EmailType;

  @Field({ description: "Whether this is the address to write to first. Exactly one address is primary." })
  isPrimary: boolean;
}

@ObjectType("ContactPhone", { simpleResolvers: true, description: "A phone number of a contact." })
export class ContactPhoneType {
  @Field({ description: "The number in E.164, e.g. +14155550100." })
  number: string;

  @Field(() => PhoneTypeEnum, { description: "What the number is." })
  type: PhoneType;

  @Field({ description: "Whether this is the number to call first. Exactly one number is primary." })
  isPrimary: boolean;
}

@ObjectType("ContactLink", { simpleResolvers: true, description: "A profile link, canonicalised." })
export class ContactLinkType {
  @Field(() => LinkKindEnum, { description: "Where the link points." })
  kind: LinkKind;

  @Field({ description: "The canonical URL: https, no www, no tracking parameters." })
  url: string;
}

@ObjectType("Location", { simpleResolvers: true, description: "Where a contact lives or works." })
export class LocationType {
  @Field(() => String, { nullable: true, description: "City." })
  city: string | null;

  @Field(() => String, { nullable: true, description: "Region, state or province." })
  region: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country code, e.g. DE." })
  country: string | null;
}

@ObjectType("ContactSkill", { simpleResolvers: true, description: "A skill with the contact's level and experience." })
export class ContactSkillType {
  @Field({ description: "The skill's name as written." })
  name: string;

  @Field(() => Int, { nullable: true, description: "Level from 1 (beginner) to 5 (expert)." })
  level: number | null;

  @Field(() => Float, { nullable: true, description: "Years of experience with the skill." })
  years: number | null;
}

@ObjectType("Employment", { simpleResolvers: true, description: "A position in a contact's work history." })
export class EmploymentType {
  @Field({ description: "The employer's name." })
  companyName: string;

  @Field(() => String, { nullable: true, description: "The job title." })
  title: string | null;

  @Field(() => String, { nullable: true, description: "Start date, YYYY-MM-DD." })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: "End date, YYYY-MM-DD; null while current." })
  endDate: string | null;

  @Field({ description: "Whether the contact still holds this position." })
  isCurrent: boolean;

  @Field(() => String, { nullable: true, description: "What the role involved." })
  description: string | null;
}

@ObjectType("Education", { simpleResolvers: true, description: "A course of study in a contact's history." })
export class EducationType {
  @Field({ description: "The school or university." })
  institution: string;

  @Field(() => String, { nullable: true, description: "The degree, e.g. BSc." })
  degree: string | null;

  @Field(() => String, { nullable: true, description: "The field of study." })
  fieldOfStudy: string | null;

  @Field(() => Int, { nullable: true, description: "The year studies began." })
  startYear: number | null;

  @Field(() => Int, { nullable: true, description: "The year studies ended." })
  endYear: number | null;
}

@ObjectType("Compensation", { simpleResolvers: true, description: "A compensation range." })
export class CompensationType {
  @Field(() => Float, { nullable: true, description: "The lower bound." })
  minAmount: number | null;

  @Field(() => Float, { nullable: true, description: "The upper bound." })
  maxAmount: number | null;

  @Field({ description: "ISO 4217 currency." })
  currency: string;

  @Field(() => CompensationPeriodEnum, { description: "The period the amounts are for." })
  period: CompensationPeriod;
}

@ObjectType("Consent", { simpleResolvers: true, description: "The contact's consent to be kept and contacted (GDPR/CCPA)." })
export class ConsentType {
  @Field(() => ConsentStatusEnum, { description: "The current status." })
  status: ConsentStatus;

  @Field(() => Date, { nullable: true, description: "When the status was recorded." })
  recordedAt: Date | null;
}

@ObjectType("Contact", {
  simpleResolvers: true,
  implements: [Node, HasCustomValues],
  description: "A person: a candidate, a client's contact or a referrer, with their whole record.",
})
export class ContactType extends Node implements HasCustomValues {
  rawId: string;
  companyRawId: string | null;
  ownerRawId: string | null;

  @Field(() => ContactKindEnum, { description: "What the contact is to the workspace." })
  kind: ContactKind;

  @Field(() => String, { nullable: true, description: "Given (first) name." })
  givenName: string | null;

  @Field(() => String, { nullable: true, description: "Family (last) name." })
  familyName: string | null;

  @Field({ description: "The name shown everywhere; defaults to given + family name." })
  displayName: string;

  @Field(() => [ContactEmailType], { description: "Email addresses, the primary one first." })
  emails: ContactEmailType[];

  @Field(() => String, { nullable: true, description: "The primary email address." })
  primaryEmail: string | null;

  @Field(() => [ContactPhoneType], { description: "Phone numbers, the primary one first." })
  phones: ContactPhoneType[];

  @Field(() => [ContactLinkType], { description: "Profile links." })
  links: ContactLinkType[];

  @Field(() => LocationType, { description: "Where the contact is." })
  location: LocationType;

  @Field(() => String, { nullable: true, description: "A one-line summary, e.g. 'Senior backend engineer, Go and Rust'." })
  headline: string | null;

  @Field(() => String, { nullable: true, description: "Current job title." })
  currentTitle: string | null;

  @Field(() => String, { nullable: true, description: "Current employer's name as written (see `company` for the record)." })
  currentCompanyName: string | null;

  @Field(() => [ContactSkillType], { description: "Skills." })
  skills: ContactSkillType[];

  @Field(() => [EmploymentType], { description: "Work history, most recent first." })
  employments: EmploymentType[];

  @Field(() => [EducationType], { description: "Education." })
  educations: EducationType[];

  @Field(() => Float, { nullable: true, description: "Total years of professional experience." })
  yearsOfExperience: number | null;

  @Field(() => String, { nullable: true, description: "The date the contact could start, YYYY-MM-DD." })
  availabilityDate: string | null;

  @Field(() => String, { nullable: true, description: "Work authorization, e.g. 'EU citizen', 'H-1B'." })
  workAuthorization: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the contact would relocate; null if unknown." })
  willingToRelocate: boolean | null;

  @Field(() => CompensationType, { nullable: true, description: "What the contact wants to earn." })
  desiredCompensation: CompensationType | null;

  @Field(() => String, { nullable: true, description: "Where the contact came from, e.g. LinkedIn, Referral." })
  source: string | null;

  @Field(() => [TagType], { description: "Tags, by name." })
  tags: TagType[];

  @Field(() => GraphQLJSONObject, { description: "Custom values by field key." })
  customValues: Record<string, unknown>;

  @Field(() => ConsentType, { description: "Consent to be kept and contacted." })
  consent: ConsentType;

  @Field({ description: "When the contact was added." })
  createdAt: Date;

  @Field({ description: "When the contact last changed." })
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: "When the contact was deleted (it can be restored); null if not." })
  deletedAt: Date | null;

  @Field(() => Int, { description: "Increases on every change; pass it as `expectedVersion` to detect concurrent edits." })
  version: number;
}

@ObjectType("ContactConnection", { simpleResolvers: true, description: "A page of contacts." })
export class ContactConnection extends ConnectionType("Contact", ContactType, "A page of contacts.") {}
