import { faker } from "@faker-js/faker";
import type { ConsentStatus, ContactKind } from "@talentlane/shared";
import type { ContactEmail, ContactLink, ContactPhone } from "../../modules/contacts/contact.values";
import { generateCompensation, generateEducations, generateEmployments, generateSkills } from "./demo-careers";
import {
  CANDIDATE_AVAILABILITY_OPTIONS,
  CLIENT_CONTACT_FAMILY,
  CONTACT_SOURCES,
  DEMO_COUNTRIES,
  DEMO_TAGS,
  PERSONAL_EMAIL_DOMAINS,
  REFERRAL_SOURCE_BY_SOURCE,
  ROLE_FAMILIES,
  type DemoCity,
  type DemoCountry,
  type PhoneRange,
  type RoleFamily,
} from "./demo-data";
import {
  addDays,
  asciiSlug,
  between,
  DAY_MS,
  isoDay,
  iso,
  minDate,
  oneDecimal,
  recentlySkewedDate,
  REFERENCE_DATE,
  seniorityAt,
  weightedDistinct,
  withIdsInCreationOrder,
} from "./demo-random";
import type { CompanyRow, ContactRow, TagRow } from "./demo-tables";
import type { DemoUsers } from "./demo-users";

/** What the interaction and ATS generators need to know about a contact beyond its row. */
export interface ContactContext {
  row: ContactRow;
  kind: "CANDIDATE" | "CLIENT_CONTACT" | "REFERRER";
  family: RoleFamily;
  level: number;
  /** The company the recruiters are talking to this contact about (their own, for a client contact). */
  client: CompanyRow;
  /** How many interactions this contact attracts relative to the others (0: never contacted). */
  activity: number;
}

/**
 * `count` contacts (mostly candidates, some client contacts and referrers) with careers, skills, channels, tags
 * and custom values that agree with each other; ids follow creation order.
 */
export function generateContacts(
  workspaceId: string,
  users: DemoUsers,
  companies: CompanyRow[],
  tags: TagRow[],
  count: number,
): ContactContext[] {
  const taken = { emails: new Set<string>(), phones: new Set<string>() };
  const tagIdsByName = new Map(tags.map((tag) => [tag.name, tag.id]));
  const contacts = Array.from({ length: count }, () =>
    generateContact(workspaceId, users, companies, tagIdsByName, taken),
  );
  return withIdsInCreationOrder(contacts, (contact) => contact.row);
}

function generateContact(
  workspaceId: string,
  users: DemoUsers,
  companies: CompanyRow[],
  tagIdsByName: Map<string, string>,
  taken: { emails: Set<string>; phones: Set<string> },
): ContactContext {
  const kind = faker.helpers.weightedArrayElement([
    { value: "CANDIDATE" as const, weight: 90 },
    { value: "CLIENT_CONTACT" as const, weight: 6 },
    { value: "REFERRER" as const, weight: 4 },
  ]);
  const isCandidate = kind === "CANDIDATE";
  const givenName = faker.person.firstName();
  const familyName = faker.person.lastName();
  const country = faker.helpers.weightedArrayElement(DEMO_COUNTRIES.map((value) => ({ value, weight: value.weight })));
  const city = faker.helpers.weightedArrayElement(country.cities.map((value) => ({ value, weight: value.weight })));
  const family =
    kind === "CLIENT_CONTACT"
      ? CLIENT_CONTACT_FAMILY
      : faker.helpers.weightedArrayElement(ROLE_FAMILIES.map((value) => ({ value, weight: value.weight })));

  // Careers skew junior-to-mid (median about nine years); managers and client-side contacts are experienced.
  let yearsOfExperience = oneDecimal(0.3 + 34.7 * faker.number.float() ** 2);
  if (kind === "CLIENT_CONTACT" || family.key === "engineering-management") {
    yearsOfExperience = oneDecimal(Math.min(35, 5 + yearsOfExperience));
  }
  const level = seniorityAt(yearsOfExperience);

  // About 70% of all contacts work at a company in the workspace: every client contact, 68% of the others.
  const company = kind === "CLIENT_CONTACT" || faker.datatype.boolean(0.68) ? faker.helpers.arrayElement(companies) : null;
  const isEmployed = company !== null || yearsOfExperience < 1 || faker.datatype.boolean(0.8);
  const currentCompanyName = company?.name ?? (isEmployed ? faker.company.name() : null);
  const employments = generateEmployments(family, yearsOfExperience, currentCompanyName, companies);
  const skills = generateSkills(family, yearsOfExperience);
  const currentTitle = isEmployed ? employments[0].title : null;
  const latestTitle = employments[0].title;

  const created = recentlySkewedDate();
  const consentStatus = faker.helpers.weightedArrayElement<ConsentStatus>([
    { value: "GRANTED", weight: 55 },
    { value: "UNKNOWN", weight: 35 },
    { value: "WITHDRAWN", weight: 6 },
    { value: "DENIED", weight: 4 },
  ]);
  const tagNames = chooseTags(kind, yearsOfExperience, level, consentStatus);
  const workAuthorization = faker.helpers.weightedArrayElement(country.workAuthorizations);
  const source = faker.helpers.weightedArrayElement(CONTACT_SOURCES);
  const availabilityDate =
    isCandidate && faker.datatype.boolean(0.45) ? isoDay(addDays(REFERENCE_DATE, faker.number.int({ min: 0, max: 120 }))) : null;

  const row: ContactRow = {
    workspace_id: workspaceId,
    id: "",
    kind,
    given_name: givenName,
    family_name: familyName,
    display_name: `${givenName} ${familyName}`,
    emails: generateEmails(kind, givenName, familyName, company, taken.emails),
    phones: generatePhones(country, city, taken.phones),
    links: generateLinks(family, givenName, familyName),
    city: city.city,
    region: city.region,
    country: country.code,
    headline: faker.datatype.boolean(0.92) ? `${latestTitle} · ${skills.slice(0, 2).map((skill) => skill.name).join(", ")}` : null,
    current_title: currentTitle,
    current_company_name: currentCompanyName,
    company_id: company?.id ?? null,
    skills,
    employments,
    educations: generateEducations(family, country, yearsOfExperience),
    years_of_experience: yearsOfExperience,
    availability_date: availabilityDate,
    work_authorization: workAuthorization,
    willing_to_relocate: tagNames.includes("Relocation")
      ? true
      : tagNames.includes("Remote only")
        ? false
        : faker.helpers.weightedArrayElement([
            { value: true, weight: 30 },
            { value: false, weight: 25 },
            { value: null, weight: 45 },
          ]),
    desired_compensation: isCandidate && faker.datatype.boolean(0.55) ? generateCompensation(country, family, level) : null,
    source,
    owner_id: faker.helpers.weightedArrayElement([
      { value: users.recruiter.id, weight: 40 },
      { value: users.recruiter2.id, weight: 35 },
      { value: users.admin.id, weight: 10 },
      { value: null, weight: 15 },
    ]),
    tag_ids: tagNames.map((name) => tagIdsByName.get(name) as string),
    custom_values: isCandidate ? generateCustomValues(workAuthorization, source, availabilityDate, tagNames) : {},
    consent_status: consentStatus,
    consent_recorded_at: consentStatus === "UNKNOWN" ? null : iso(between(created, minDate(addDays(created, 30), REFERENCE_DATE))),
    created_by_id: users.admin.id,
    created_at: iso(created),
    updated_at: iso(faker.datatype.boolean(0.35) ? created : between(created, REFERENCE_DATE)),
    deleted_at: null,
    version: 1,
  };
  const otherCompanies = companies.filter((candidate) => candidate !== company);
  return {
    row,
    kind,
    family,
    level,
    client: company && kind === "CLIENT_CONTACT" ? company : faker.helpers.arrayElement(otherCompanies),
    // A few contacts attract most of the activity (a long tail); one in ten was never contacted.
    activity: faker.datatype.boolean(0.1) ? 0 : ACTIVITY_BY_KIND[kind] / (0.05 + faker.number.float()),
  };
}

/** Clients are emailed and met most often, referrers least. */
const ACTIVITY_BY_KIND: Record<ContactContext["kind"], number> = { CANDIDATE: 1, CLIENT_CONTACT: 2, REFERRER: 0.5 };

function generateEmails(
  kind: ContactKind,
  givenName: string,
  familyName: string,
  company: CompanyRow | null,
  taken: Set<string>,
): ContactEmail[] {
  const given = asciiSlug(givenName);
  const family = asciiSlug(familyName);
  const personalLocal = faker.helpers.arrayElement([
    `${given}.${family}`,
    `${given}${family}`,
    `${given[0]}${family}`,
    `${given}_${family}`,
    `${given}.${family}${faker.number.int({ min: 1, max: 99 })}`,
  ]);
  const personal = uniqueEmail(personalLocal, faker.helpers.arrayElement(PERSONAL_EMAIL_DOMAINS), taken);
  const work = company ? uniqueEmail(`${given}.${family}`, company.domain, taken) : null;

  const emails: Array<Omit<ContactEmail, "isPrimary">> = [];
  if (kind === "CLIENT_CONTACT" && work) {
    emails.push({ address: work, type: "WORK" });
    if (faker.datatype.boolean(0.3)) emails.push({ address: personal, type: "PERSONAL" });
  } else {
    emails.push({ address: personal, type: "PERSONAL" });
    if (work && faker.datatype.boolean(0.35)) emails.push({ address: work, type: "WORK" });
  }
  if (faker.datatype.boolean(0.05)) emails.push({ address: uniqueEmail(`${given}${family}`, "example.org", taken), type: "OTHER" });
  return emails.map((email, index) => ({ ...email, isPrimary: index === 0 }));
}

function uniqueEmail(local: string, domain: string, taken: Set<string>): string {
  let address = `${local}@${domain}`;
  for (let suffix = 2; taken.has(address); suffix++) address = `${local}${suffix}@${domain}`;
  taken.add(address);
  return address;
}

/** None, one or two numbers from the city's (or country's) range, never one another contact already has. */
function generatePhones(country: DemoCountry, city: DemoCity, taken: Set<string>): ContactPhone[] {
  const count = faker.helpers.weightedArrayElement([
    { value: 0, weight: 10 },
    { value: 1, weight: 70 },
    { value: 2, weight: 20 },
  ]);
  const phones: ContactPhone[] = [];
  for (let index = 0; index < count; index++) {
    const type =
      index === 0
        ? faker.helpers.weightedArrayElement<ContactPhone["type"]>([
            { value: "MOBILE", weight: 80 },
            { value: "WORK", weight: 12 },
            { value: "HOME", weight: 8 },
          ])
        : faker.helpers.arrayElement(["WORK", "HOME"] as const);
    const range = type === "MOBILE" ? (country.mobile ?? city.landline) : (city.landline ?? country.mobile);
    const number = range ? uniquePhoneNumber(range, taken) : null;
    if (number) phones.push({ number, type, isPrimary: phones.length === 0 });
  }
  return phones;
}

/** A number of the range nobody has yet; null when twenty draws all collide (the fiction ranges are small). */
function uniquePhoneNumber(range: PhoneRange, taken: Set<string>): string | null {
  for (let attempt = 0; attempt < 20; attempt++) {
    const number = faker.helpers.arrayElement(range.prefixes) + faker.string.numeric({ length: range.digits, allowLeadingZeros: true });
    if (!taken.has(number)) {
      taken.add(number);
      return number;
    }
  }
  return null;
}

function generateLinks(family: RoleFamily, givenName: string, familyName: string): ContactLink[] {
  const given = asciiSlug(givenName);
  const family_ = asciiSlug(familyName);
  const links: ContactLink[] = [];
  if (faker.datatype.boolean(0.85)) {
    const suffix = faker.string.alphanumeric({ length: 6, casing: "lower" });
    links.push({ kind: "LINKEDIN", url: `https://linkedin.com/in/${given}-${family_}-${suffix}` });
  }
  if (faker.datatype.boolean(family.hasGithub ? 0.45 : 0.03)) {
    const handle = faker.helpers.arrayElement([
      `${given}${family_}`,
      `${given[0]}${family_}`,
      `${given}-${family_}`,
      `${given}${faker.number.int({ min: 1, max: 999 })}`,
    ]);
    links.push({ kind: "GITHUB", url: `https://github.com/${handle}` });
  }
  return links;
}

/**
 * Up to three tags that make sense for the contact (Campus for early careers, Leadership for seniors), plus
 * "Do not contact" whenever consent was denied or withdrawn, as a recruiter would mark them.
 */
function chooseTags(kind: ContactKind, yearsOfExperience: number, level: number, consentStatus: ConsentStatus): string[] {
  const fits = (name: string) =>
    (name !== "Campus" || yearsOfExperience < 2) &&
    (name !== "Leadership" || level >= 3) &&
    (name !== "Returner" || yearsOfExperience >= 3);
  const choices = DEMO_TAGS.filter((tag) => tag.weight > 0 && fits(tag.name));
  const count =
    kind === "CANDIDATE"
      ? faker.helpers.weightedArrayElement([
          { value: 0, weight: 45 },
          { value: 1, weight: 30 },
          { value: 2, weight: 18 },
          { value: 3, weight: 7 },
        ])
      : faker.helpers.weightedArrayElement([
          { value: 0, weight: 80 },
          { value: 1, weight: 20 },
        ]);
  const names = weightedDistinct(choices, count).map((tag) => tag.name);
  if (consentStatus === "DENIED" || consentStatus === "WITHDRAWN") return ["Do not contact", ...names.slice(0, 2)];
  return names;
}

/** Values for the default contact fields, agreeing with the contact's other columns; each key only sometimes set. */
function generateCustomValues(
  workAuthorization: string | null,
  source: string,
  availabilityDate: string | null,
  tagNames: string[],
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (faker.datatype.boolean(0.6)) {
    values.visa_sponsorship_required =
      workAuthorization === "Needs sponsorship" || (workAuthorization === "Work visa" && faker.datatype.boolean(0.5));
  }
  if (availabilityDate && faker.datatype.boolean(0.7)) {
    values.desired_start_date = availabilityDate;
  } else if (faker.datatype.boolean(0.3)) {
    values.desired_start_date = isoDay(addDays(REFERENCE_DATE, faker.number.int({ min: 14, max: 150 })));
  }
  if (faker.datatype.boolean(0.5)) {
    values.referral_source = faker.datatype.boolean(0.9) ? (REFERRAL_SOURCE_BY_SOURCE[source] ?? "other") : "other";
  }
  if (faker.datatype.boolean(0.25)) values.psychometric_test_scores = faker.number.int({ min: 35, max: 98 });
  if (faker.datatype.boolean(0.55)) {
    const daysUntilAvailable = availabilityDate ? (Date.parse(availabilityDate) - REFERENCE_DATE.getTime()) / DAY_MS : null;
    values.candidate_availability = tagNames.includes("Passive")
      ? "not_looking"
      : daysUntilAvailable === null
        ? faker.helpers.arrayElement(CANDIDATE_AVAILABILITY_OPTIONS)
        : daysUntilAvailable < 7
          ? "immediately"
          : daysUntilAvailable < 21
            ? "two_weeks"
            : daysUntilAvailable < 45
              ? "one_month"
              : "three_months";
  }
  return values;
}
