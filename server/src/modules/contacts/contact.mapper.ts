import type { ConsentStatus, ContactKind } from "@talentlane/shared";
import { toGlobalId } from "../../common/global-id";
import { toTagType, type TagRow } from "../tags/tag.mapper";
import {
  CompensationType,
  ConsentType,
  ContactEmailType,
  ContactLinkType,
  ContactPhoneType,
  ContactSkillType,
  ContactType,
  EducationType,
  EmploymentType,
  LocationType,
} from "./contact.type";
import type {
  ContactEducation,
  ContactEmail,
  ContactEmployment,
  ContactLink,
  ContactPhone,
  ContactSkill,
  DesiredCompensation,
} from "./contact.values";

/** A contact row as the list and record queries return it (see CONTACT_COLUMNS). */
export interface ContactRow {
  id: string;
  kind: ContactKind;
  given_name: string | null;
  family_name: string | null;
  display_name: string;
  emails: ContactEmail[];
  phones: ContactPhone[];
  links: ContactLink[];
  city: string | null;
  region: string | null;
  country: string | null;
  headline: string | null;
  current_title: string | null;
  current_company_name: string | null;
  company_id: string | null;
  skills: ContactSkill[];
  employments: ContactEmployment[];
  educations: ContactEducation[];
  years_of_experience: number | null;
  availability_date: string | null;
  work_authorization: string | null;
  willing_to_relocate: boolean | null;
  desired_compensation: DesiredCompensation | null;
  source: string | null;
  owner_id: string | null;
  tags: TagRow[];
  custom_values: Record<string, unknown>;
  consent_status: ConsentStatus;
  consent_recorded_at: Date | null;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
  version: number;
}

/** A contact row, whole or with some of its columns (contactColumnsFor). */
export type ContactRowPart = Pick<ContactRow, "id"> & Partial<ContactRow>;

/**
 * Maps a contact row to its GraphQL type; company and owner are resolved through loaders from the raw ids. A row
 * with only some columns (contactColumnsFor) gives a contact whose other fields are unset: only for the request that
 * asked for no more, and never for the request's contact loader, where another field could find it.
 */
export function toContactType(row: ContactRowPart): ContactType {
  const emails = row.emails?.map((email) => Object.assign(new ContactEmailType(), email));
  return Object.assign(new ContactType(), {
    id: toGlobalId("Contact", row.id),
    rawId: row.id,
    companyRawId: row.company_id,
    ownerRawId: row.owner_id,
    kind: row.kind,
    givenName: row.given_name,
    familyName: row.family_name,
    displayName: row.display_name,
    emails,
    primaryEmail: emails?.find((email) => email.isPrimary)?.address ?? null,
    phones: row.phones?.map((phone) => Object.assign(new ContactPhoneType(), phone)),
    links: row.links?.map((link) => Object.assign(new ContactLinkType(), link)),
    location: Object.assign(new LocationType(), { city: row.city, region: row.region, country: row.country }),
    headline: row.headline,
    currentTitle: row.current_title,
    currentCompanyName: row.current_company_name,
    skills: row.skills?.map((skill) =>
      Object.assign(new ContactSkillType(), { name: skill.name, level: skill.level ?? null, years: skill.years ?? null }),
    ),
    employments: row.employments?.map((job) =>
      Object.assign(new EmploymentType(), {
        companyName: job.companyName,
        title: job.title ?? null,
        startDate: job.startDate ?? null,
        endDate: job.endDate ?? null,
        isCurrent: job.isCurrent ?? false,
        description: job.description ?? null,
      }),
    ),
    educations: row.educations?.map((education) =>
      Object.assign(new EducationType(), {
        institution: education.institution,
        degree: education.degree ?? null,
        fieldOfStudy: education.fieldOfStudy ?? null,
        startYear: education.startYear ?? null,
        endYear: education.endYear ?? null,
      }),
    ),
    yearsOfExperience: row.years_of_experience,
    availabilityDate: row.availability_date,
    workAuthorization: row.work_authorization,
    willingToRelocate: row.willing_to_relocate,
    desiredCompensation: row.desired_compensation ? Object.assign(new CompensationType(), row.desired_compensation) : null,
    source: row.source,
    tags: row.tags?.map(toTagType),
    customValues: row.custom_values,
    consent: Object.assign(new ConsentType(), { status: row.consent_status, recordedAt: row.consent_recorded_at }),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    version: row.version,
  });
}
