import type { CompensationPeriod, EmailType, LinkKind, PhoneType } from "@talentlane/shared";

/** The shapes stored in the contact's jsonb columns (camelCase keys, normalised values). */

export interface ContactEmail {
  /** Lower-cased. */
  address: string;
  type: EmailType;
  isPrimary: boolean;
}

export interface ContactPhone {
  /** E.164, e.g. +14155550100. */
  number: string;
  type: PhoneType;
  isPrimary: boolean;
}

export interface ContactLink {
  kind: LinkKind;
  /** Canonical: https, no www, no tracking parameters, no trailing slash. */
  url: string;
}

export interface ContactSkill {
  name: string;
  /** Lower-cased, trimmed name: what filters match. */
  key: string;
  level: number | null;
  years: number | null;
}

export interface ContactEmployment {
  companyName: string;
  /** Lower-cased company name: what filters match exactly. */
  companyKey: string;
  title: string | null;
  startDate: string | null;
  endDate: string | null;
  isCurrent: boolean;
  description: string | null;
}

export interface ContactEducation {
  institution: string;
  degree: string | null;
  fieldOfStudy: string | null;
  startYear: number | null;
  endYear: number | null;
}

export interface DesiredCompensation {
  minAmount: number | null;
  maxAmount: number | null;
  currency: string;
  period: CompensationPeriod;
}
