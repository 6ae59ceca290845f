import { isIsoDate } from "@talentlane/shared";
import { isSupportedCountry } from "libphonenumber-js/max";
import type { FieldPath, FieldProblems } from "../../common/errors";
import { normalizeEmail } from "../../common/normalize/email";
import { canonicalizeLink } from "../../common/normalize/link";
import { normalizePhone } from "../../common/normalize/phone";
import type { ContactEntity } from "./contact.entity";
import type { ContactFieldsInput } from "./contact.inputs";
import type {
  ContactEducation,
  ContactEmail,
  ContactEmployment,
  ContactLink,
  ContactPhone,
  ContactSkill,
  DesiredCompensation,
} from "./contact.values";

/** The key a skill is matched by: trimmed, lower-cased, inner spaces collapsed ("Node.js" and "node.js " agree). */
export function skillKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, " ");
}

/** The columns of a contact an input can set directly (references and custom values are resolved by the service). */
export type ContactPatch = Partial<
  Pick<
    ContactEntity,
    | "kind"
    | "givenName"
    | "familyName"
    | "displayName"
    | "emails"
    | "phones"
    | "links"
    | "city"
    | "region"
    | "country"
    | "headline"
    | "currentTitle"
    | "currentCompanyName"
    | "skills"
    | "employments"
    | "educations"
    | "yearsOfExperience"
    | "availabilityDate"
    | "workAuthorization"
    | "willingToRelocate"
    | "desiredCompensation"
    | "source"
    | "consentStatus"
  >
>;

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/**
 * Reads the person-level fields of a create or update input into normalised column values: emails lower-cased,
 * phones in E.164 (read in the contact's country, else the workspace's), links canonicalised, skills keyed,
 * dates checked. Fields left out (undefined) are left out of the patch; null clears. Every problem is added with
 * its path under `base`; `current` is the row being updated (null on create).
 */
export function normalizeContactFields(
  input: ContactFieldsInput,
  current: ContactEntity | null,
  defaultCountry: string | null,
  base: FieldPath,
  problems: FieldProblems,
): ContactPatch {
  const patch: ContactPatch = {};
  const at = (...path: Array<string | number>): FieldPath => [...base, ...path];

  if (input.kind != null) patch.kind = input.kind;
  if (input.givenName !== undefined) patch.givenName = text(input.givenName);
  if (input.familyName !== undefined) patch.familyName = text(input.familyName);
  if (input.displayName !== undefined || input.givenName !== undefined || input.familyName !== undefined || !current) {
    const given = patch.givenName !== undefined ? patch.givenName : (current?.givenName ?? null);
    const family = patch.familyName !== undefined ? patch.familyName : (current?.familyName ?? null);
    const explicit = input.displayName !== undefined ? text(input.displayName) : current && !nameWasDerived(current) ? current.displayName : null;
    const displayName = explicit ?? [given, family].filter(Boolean).join(" ");
    if (!displayName) problems.add(at("displayName"), "a contact needs a name: give a display name, or a given or family name");
    patch.displayName = displayName;
  }

  if (input.location !== undefined) {
    const location = input.location;
    patch.city = text(location?.city);
    patch.region = text(location?.region);
    const country = text(location?.country)?.toUpperCase() ?? null;
    if (country && !(/^[A-Z]{2}$/.test(country) && isSupportedCountry(country))) {
      problems.add(at("location", "country"), "must be an ISO 3166-1 alpha-2 country code, e.g. DE");
    }
    patch.country = country;
  }

  if (input.emails !== undefined) patch.emails = normalizeEmails(input.emails ?? [], at, problems);
  if (input.phones !== undefined) {
    const country = patch.country !== undefined ? patch.country : (current?.country ?? null);
    patch.phones = normalizePhones(input.phones ?? [], country ?? defaultCountry, at, problems);
  }
  if (input.links !== undefined) patch.links = normalizeLinks(input.links ?? [], at, problems);
  if (input.skills !== undefined) patch.skills = normalizeSkills(input.skills ?? []);
  if (input.employments !== undefined) patch.employments = normalizeEmployments(input.employments ?? [], at, problems);
  if (input.educations !== undefined) {
    patch.educations = (input.educations ?? []).map((education, index): ContactEducation => {
      if (education.startYear != null && education.endYear != null && education.endYear < education.startYear) {
        problems.add(at("educations", index, "endYear"), "must not be before startYear");
      }
      return {
        institution: education.institution.trim(),
        degree: text(education.degree),
        fieldOfStudy: text(education.fieldOfStudy),
        startYear: education.startYear ?? null,
        endYear: education.endYear ?? null,
      };
    });
  }

  if (input.headline !== undefined) patch.headline = text(input.headline);
  if (input.currentTitle !== undefined) patch.currentTitle = text(input.currentTitle);
  if (input.currentCompanyName !== undefined) patch.currentCompanyName = text(input.currentCompanyName);
  if (input.yearsOfExperience !== undefined) {
    patch.yearsOfExperience = input.yearsOfExperience === null ? null : Math.round(input.yearsOfExperience * 10) / 10;
  }
  if (input.availabilityDate !== undefined) {
    const date = text(input.availabilityDate);
    if (date && !isIsoDate(date)) problems.add(at("availabilityDate"), "must be a date written YYYY-MM-DD");
    patch.availabilityDate = date;
  }
  if (input.workAuthorization !== undefined) patch.workAuthorization = text(input.workAuthorization);
  if (input.willingToRelocate !== undefined) patch.willingToRelocate = input.willingToRelocate;
  if (input.source !== undefined) patch.source = text(input.source);
  if (input.desiredCompensation !== undefined) {
    patch.desiredCompensation = normalizeCompensation(input.desiredCompensation, at, problems);
  }
  if (input.consentStatus != null) patch.consentStatus = input.consentStatus;
  return patch;
}

/** Whether a stored display name is just the given and family names joined (so it follows them when they change). */
function nameWasDerived(current: ContactEntity): boolean {
  return current.displayName === [current.givenName, current.familyName].filter(Boolean).join(" ");
}

function normalizeEmails(
  inputs: NonNullable<ContactFieldsInput["emails"]>,
  at: (...path: Array<string | number>) => FieldPath,
  problems: FieldProblems,
): ContactEmail[] {
  const emails: ContactEmail[] = [];
  inputs.forEach((input, index) => {
    const address = normalizeEmail(input.address);
    if (!address) {
      problems.add(at("emails", index, "address"), "is not a valid email address");
      return;
    }
    if (emails.some((email) => email.address === address)) return;
    emails.push({ address, type: input.type ?? "PERSONAL", isPrimary: Boolean(input.isPrimary) });
  });
  return withOnePrimary(emails);
}

function normalizePhones(
  inputs: NonNullable<ContactFieldsInput["phones"]>,
  country: string | null,
  at: (...path: Array<string | number>) => FieldPath,
  problems: FieldProblems,
): ContactPhone[] {
  const phones: ContactPhone[] = [];
  inputs.forEach((input, index) => {
    const number = normalizePhone(input.number, country);
    if (!number) {
      problems.add(
        at("phones", index, "number"),
        input.number.trim().startsWith("+") || country
          ? "is not a valid phone number"
          : "is not a valid phone number; write it with its country code (+44 ...) or set the contact's country",
      );
      return;
    }
    if (phones.some((phone) => phone.number === number)) return;
    phones.push({ number, type: input.type ?? "MOBILE", isPrimary: Boolean(input.isPrimary) });
  });
  return withOnePrimary(phones);
}

/** Exactly one primary (the first one flagged, else the first), listed first. */
function withOnePrimary<T extends { isPrimary: boolean }>(items: T[]): T[] {
  if (items.length === 0) return items;
  const primaryIndex = Math.max(0, items.findIndex((item) => item.isPrimary));
  const ordered = [items[primaryIndex], ...items.filter((_item, index) => index !== primaryIndex)];
  return ordered.map((item, index) => ({ ...item, isPrimary: index === 0 }));
}

function normalizeLinks(
  inputs: NonNullable<ContactFieldsInput["links"]>,
  at: (...path: Array<string | number>) => FieldPath,
  problems: FieldProblems,
): ContactLink[] {
  const links: ContactLink[] = [];
  inputs.forEach((input, index) => {
    const link = canonicalizeLink(input.url, input.kind ?? null);
    if (!link) {
      problems.add(at("links", index, "url"), "is not an http(s) URL");
      return;
    }
    if (!links.some((existing) => existing.url === link.url)) links.push(link);
  });
  return links;
}

function normalizeSkills(inputs: NonNullable<ContactFieldsInput["skills"]>): ContactSkill[] {
  const skills = new Map<string, ContactSkill>();
  for (const input of inputs) {
    const key = skillKey(input.name);
    if (!key || skills.has(key)) continue;
    skills.set(key, { name: input.name.trim(), key, level: input.level ?? null, years: input.years ?? null });
  }
  return [...skills.values()];
}

function normalizeEmployments(
  inputs: NonNullable<ContactFieldsInput["employments"]>,
  at: (...path: Array<string | number>) => FieldPath,
  problems: FieldProblems,
): ContactEmployment[] {
  const employments = inputs.map((input, index): ContactEmployment => {
    const startDate = text(input.startDate);
    const endDate = text(input.endDate);
    if (startDate && !isIsoDate(startDate)) problems.add(at("employments", index, "startDate"), "must be a date written YYYY-MM-DD");
    if (endDate && !isIsoDate(endDate)) problems.add(at("employments", index, "endDate"), "must be a date written YYYY-MM-DD");
    if (startDate && endDate && endDate < startDate) problems.add(at("employments", index, "endDate"), "must not be before startDate");
    const companyName = input.companyName.trim();
    return {
      companyName,
      companyKey: companyName.toLowerCase(),
      title: text(input.title),
      startDate,
      endDate: input.isCurrent ? null : endDate,
      isCurrent: Boolean(input.isCurrent),
      description: text(input.description),
    };
  });
  // Most recent first: current positions, then by start date, newest first.
  return employments.sort(
    (a, b) => Number(b.isCurrent) - Number(a.isCurrent) || (b.startDate ?? "").localeCompare(a.startDate ?? ""),
  );
}

function normalizeCompensation(
  input: ContactFieldsInput["desiredCompensation"],
  at: (...path: Array<string | number>) => FieldPath,
  problems: FieldProblems,
): DesiredCompensation | null {
  if (!input) return null;
  const currency = input.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) problems.add(at("desiredCompensation", "currency"), "must be a three-letter ISO 4217 code");
  if (input.minAmount != null && input.maxAmount != null && input.maxAmount < input.minAmount) {
    problems.add(at("desiredCompensation", "maxAmount"), "must not be below minAmount");
  }
  return { minAmount: input.minAmount ?? null, maxAmount: input.maxAmount ?? null, currency, period: input.period ?? "YEAR" };
}
