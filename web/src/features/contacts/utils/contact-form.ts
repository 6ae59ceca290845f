import type { CompensationPeriod, ConsentStatus, ContactKind, EmailType, LinkKind, PhoneType } from "@talentlane/shared";

/** A contact as the record page reads it (the fields the form edits). */
export interface EditableContact {
  id: string;
  version: number;
  kind: ContactKind;
  givenName: string | null;
  familyName: string | null;
  displayName: string;
  headline: string | null;
  currentTitle: string | null;
  currentCompanyName: string | null;
  location: { city: string | null; region: string | null; country: string | null };
  emails: ReadonlyArray<{ address: string; type: EmailType; isPrimary: boolean }>;
  phones: ReadonlyArray<{ number: string; type: PhoneType; isPrimary: boolean }>;
  links: ReadonlyArray<{ url: string; kind: LinkKind }>;
  skills: ReadonlyArray<{ name: string; level: number | null; years: number | null }>;
  employments: ReadonlyArray<{ companyName: string; title: string | null; startDate: string | null; endDate: string | null; isCurrent: boolean; description: string | null }>;
  educations: ReadonlyArray<{ institution: string; degree: string | null; fieldOfStudy: string | null; startYear: number | null; endYear: number | null }>;
  yearsOfExperience: number | null;
  availabilityDate: string | null;
  workAuthorization: string | null;
  willingToRelocate: boolean | null;
  desiredCompensation: { minAmount: number | null; maxAmount: number | null; currency: string; period: CompensationPeriod } | null;
  source: string | null;
  owner: { id: string } | null;
  consent: { status: ConsentStatus };
}

/** Number inputs hold "" when empty. */
type NumberField = number | "";

/** The edit form's values: text fields are "" when empty, so inputs stay controlled. */
export interface ContactFormValues {
  kind: ContactKind;
  givenName: string;
  familyName: string;
  displayName: string;
  headline: string;
  currentTitle: string;
  currentCompanyName: string;
  location: { city: string; region: string; country: string };
  emails: Array<{ address: string; type: EmailType; isPrimary: boolean }>;
  phones: Array<{ number: string; type: PhoneType; isPrimary: boolean }>;
  links: Array<{ url: string; kind: LinkKind | "" }>;
  skills: Array<{ name: string; level: NumberField; years: NumberField }>;
  employments: Array<{ companyName: string; title: string; startDate: string | null; endDate: string | null; isCurrent: boolean; description: string }>;
  educations: Array<{ institution: string; degree: string; fieldOfStudy: string; startYear: NumberField; endYear: NumberField }>;
  yearsOfExperience: NumberField;
  availabilityDate: string | null;
  workAuthorization: string;
  /** "unknown" stands for null. */
  willingToRelocate: "yes" | "no" | "unknown";
  compensation: { minAmount: NumberField; maxAmount: NumberField; currency: string; period: CompensationPeriod };
  source: string;
  ownerId: string | null;
  consentStatus: ConsentStatus;
}

const text = (value: string | null | undefined) => value ?? "";
const numberField = (value: number | null | undefined): NumberField => (typeof value === "number" ? value : "");

/** The form's starting values for a contact. */
export function contactToFormValues(contact: EditableContact): ContactFormValues {
  return {
    kind: contact.kind,
    givenName: text(contact.givenName),
    familyName: text(contact.familyName),
    displayName: contact.displayName,
    headline: text(contact.headline),
    currentTitle: text(contact.currentTitle),
    currentCompanyName: text(contact.currentCompanyName),
    location: { city: text(contact.location.city), region: text(contact.location.region), country: text(contact.location.country) },
    emails: contact.emails.map((email) => ({ address: email.address, type: email.type, isPrimary: email.isPrimary })),
    phones: contact.phones.map((phone) => ({ number: phone.number, type: phone.type, isPrimary: phone.isPrimary })),
    links: contact.links.map((link) => ({ url: link.url, kind: link.kind })),
    skills: contact.skills.map((skill) => ({ name: skill.name, level: numberField(skill.level), years: numberField(skill.years) })),
    employments: contact.employments.map((employment) => ({
      companyName: employment.companyName,
      title: text(employment.title),
      startDate: employment.startDate,
      endDate: employment.endDate,
      isCurrent: employment.isCurrent,
      description: text(employment.description),
    })),
    educations: contact.educations.map((education) => ({
      institution: education.institution,
      degree: text(education.degree),
      fieldOfStudy: text(education.fieldOfStudy),
      startYear: numberField(education.startYear),
      endYear: numberField(education.endYear),
    })),
    yearsOfExperience: numberField(contact.yearsOfExperience),
    availabilityDate: contact.availabilityDate,
    workAuthorization: text(contact.workAuthorization),
    willingToRelocate: contact.willingToRelocate === null ? "unknown" : contact.willingToRelocate ? "yes" : "no",
    compensation: {
      minAmount: numberField(contact.desiredCompensation?.minAmount),
      maxAmount: numberField(contact.desiredCompensation?.maxAmount),
      currency: contact.desiredCompensation?.currency ?? "",
      period: contact.desiredCompensation?.period ?? "YEAR",
    },
    source: text(contact.source),
    ownerId: contact.owner?.id ?? null,
    consentStatus: contact.consent.status,
  };
}

/** The `UpdateContactInput` fields this form can change (everything but `id` and `expectedVersion`). */
export interface ContactChanges {
  kind?: ContactKind;
  givenName?: string | null;
  familyName?: string | null;
  displayName?: string | null;
  headline?: string | null;
  currentTitle?: string | null;
  currentCompanyName?: string | null;
  location?: { city: string | null; region: string | null; country: string | null };
  emails?: Array<{ address: string; type: EmailType; isPrimary: boolean }>;
  phones?: Array<{ number: string; type: PhoneType; isPrimary: boolean }>;
  links?: Array<{ url: string; kind: LinkKind | null }>;
  skills?: Array<{ name: string; level: number | null; years: number | null }>;
  employments?: Array<{ companyName: string; title: string | null; startDate: string | null; endDate: string | null; isCurrent: boolean; description: string | null }>;
  educations?: Array<{ institution: string; degree: string | null; fieldOfStudy: string | null; startYear: number | null; endYear: number | null }>;
  yearsOfExperience?: number | null;
  availabilityDate?: string | null;
  workAuthorization?: string | null;
  willingToRelocate?: boolean | null;
  desiredCompensation?: { minAmount: number | null; maxAmount: number | null; currency: string; period: CompensationPeriod } | null;
  source?: string | null;
  ownerId?: string | null;
  consentStatus?: ConsentStatus;
}

const orNull = (value: string) => (value.trim() === "" ? null : value.trim());
const numberOrNull = (value: NumberField) => (value === "" ? null : value);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Only what changed between `initial` and `values`, in the API's shape: blank text becomes null (clears the
 * field), lists are sent whole (the API replaces them), and the display name is sent only when it was edited
 * (so it keeps following given and family name otherwise). Empty result: nothing to save. List rows are kept
 * in place, even blank ones, so the API's field paths (`emails[1].address`) point at the rows the form shows.
 */
export function formValuesToChanges(initial: ContactFormValues, values: ContactFormValues): ContactChanges {
  const changes: ContactChanges = {};
  const changed = <K extends keyof ContactFormValues>(key: K) => !same(initial[key], values[key]);
  if (changed("kind")) changes.kind = values.kind;
  for (const key of ["givenName", "familyName", "headline", "currentTitle", "currentCompanyName", "workAuthorization", "source"] as const) {
    if (changed(key)) changes[key] = orNull(values[key]);
  }
  if (changed("displayName")) changes.displayName = orNull(values.displayName);
  if (changed("location")) {
    changes.location = { city: orNull(values.location.city), region: orNull(values.location.region), country: orNull(values.location.country.toUpperCase()) };
  }
  if (changed("emails")) changes.emails = values.emails.map((email) => ({ address: email.address.trim(), type: email.type, isPrimary: email.isPrimary }));
  if (changed("phones")) changes.phones = values.phones.map((phone) => ({ number: phone.number.trim(), type: phone.type, isPrimary: phone.isPrimary }));
  if (changed("links")) changes.links = values.links.map((link) => ({ url: link.url.trim(), kind: link.kind === "" ? null : link.kind }));
  if (changed("skills")) changes.skills = values.skills.map((skill) => ({ name: skill.name.trim(), level: numberOrNull(skill.level), years: numberOrNull(skill.years) }));
  if (changed("employments")) {
    changes.employments = values.employments.map((employment) => ({
      companyName: employment.companyName.trim(),
      title: orNull(employment.title),
      startDate: employment.startDate || null,
      endDate: employment.isCurrent ? null : employment.endDate || null,
      isCurrent: employment.isCurrent,
      description: orNull(employment.description),
    }));
  }
  if (changed("educations")) {
    changes.educations = values.educations.map((education) => ({
      institution: education.institution.trim(),
      degree: orNull(education.degree),
      fieldOfStudy: orNull(education.fieldOfStudy),
      startYear: numberOrNull(education.startYear),
      endYear: numberOrNull(education.endYear),
    }));
  }
  if (changed("yearsOfExperience")) changes.yearsOfExperience = numberOrNull(values.yearsOfExperience);
  if (changed("availabilityDate")) changes.availabilityDate = values.availabilityDate || null;
  if (changed("willingToRelocate")) changes.willingToRelocate = values.willingToRelocate === "unknown" ? null : values.willingToRelocate === "yes";
  if (changed("compensation")) {
    const { minAmount, maxAmount, currency, period } = values.compensation;
    const isEmpty = minAmount === "" && maxAmount === "" && currency.trim() === "";
    changes.desiredCompensation = isEmpty ? null : { minAmount: numberOrNull(minAmount), maxAmount: numberOrNull(maxAmount), currency: currency.trim().toUpperCase(), period };
  }
  if (changed("ownerId")) changes.ownerId = values.ownerId;
  if (changed("consentStatus")) changes.consentStatus = values.consentStatus;
  return changes;
}

/** API input names whose form field is named differently. */
const RENAMED_FIELDS: Record<string, string> = { desiredCompensation: "compensation", companyId: "currentCompanyName" };

/**
 * The form path for an API field path (after `input`), e.g. `["emails", 1, "address"]` -> `emails.1.address`,
 * `["desiredCompensation", "currency"]` -> `compensation.currency`. Paths deeper than the form's fields are cut
 * to the nearest field the form has (`["emails", 1]` -> `emails.1.address`); null when none fits.
 */
export function contactFormPath(path: ReadonlyArray<string | number>, values: ContactFormValues): string | null {
  if (path.length === 0) return null;
  const [head, ...rest] = path;
  const field = RENAMED_FIELDS[String(head)] ?? String(head);
  if (!(field in values)) return null;
  const value = values[field as keyof ContactFormValues];
  if (Array.isArray(value)) {
    const index = rest[0];
    if (typeof index !== "number" || index < 0 || index >= value.length) return field;
    const item = value[index] as Record<string, unknown>;
    const property = rest[1];
    if (typeof property === "string" && property in item) return `${field}.${index}.${property}`;
    // The row as a whole: show it on the row's main input.
    const main = Object.keys(item)[0];
    return `${field}.${index}.${main}`;
  }
  if (value !== null && typeof value === "object") {
    const property = rest[0];
    return typeof property === "string" && property in value ? `${field}.${property}` : field;
  }
  return field;
}
