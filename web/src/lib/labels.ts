import {
  APPLICATION_STATUSES,
  COMPANY_SIZES,
  COMPENSATION_PERIODS,
  CONSENT_STATUSES,
  CONTACT_KINDS,
  EMAIL_TYPES,
  INTERACTION_CHANNELS,
  INTERACTION_DIRECTIONS,
  LINK_KINDS,
  PHONE_TYPES,
  STAGE_CATEGORIES,
  type ApplicationStatus,
  type CompanySize,
  type CompensationPeriod,
  type ConsentStatus,
  type ContactKind,
  type EmailType,
  type InteractionChannel,
  type InteractionDirection,
  type LinkKind,
  type PhoneType,
  type StageCategory,
} from "@talentlane/shared";

/** What people read for the API's enum values, one map per enum. */
export const STAGE_CATEGORY_LABELS: Record<StageCategory, string> = {
  LEAD: "Lead",
  SCREEN: "Screen",
  INTERVIEW: "Interview",
  OFFER: "Offer",
  HIRED: "Hired",
  REJECTED: "Rejected",
};

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  ACTIVE: "Active",
  HIRED: "Hired",
  REJECTED: "Rejected",
  WITHDRAWN: "Withdrawn",
};

export const COMPANY_SIZE_LABELS: Record<CompanySize, string> = {
  SIZE_1_10: "1–10 employees",
  SIZE_11_50: "11–50 employees",
  SIZE_51_200: "51–200 employees",
  SIZE_201_500: "201–500 employees",
  SIZE_501_1000: "501–1,000 employees",
  SIZE_1001_5000: "1,001–5,000 employees",
  SIZE_5001_10000: "5,001–10,000 employees",
  SIZE_10001_PLUS: "More than 10,000 employees",
};

export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  CANDIDATE: "Candidate",
  CLIENT_CONTACT: "Client contact",
  REFERRER: "Referrer",
  OTHER: "Other",
};

export const CONSENT_STATUS_LABELS: Record<ConsentStatus, string> = {
  UNKNOWN: "Not asked yet",
  GRANTED: "Granted",
  DENIED: "Denied",
  WITHDRAWN: "Withdrawn",
};

export const EMAIL_TYPE_LABELS: Record<EmailType, string> = { WORK: "Work", PERSONAL: "Personal", OTHER: "Other" };
export const PHONE_TYPE_LABELS: Record<PhoneType, string> = { MOBILE: "Mobile", WORK: "Work", HOME: "Home", OTHER: "Other" };
export const LINK_KIND_LABELS: Record<LinkKind, string> = {
  LINKEDIN: "LinkedIn",
  GITHUB: "GitHub",
  TWITTER: "X/Twitter",
  PORTFOLIO: "Portfolio",
  WEBSITE: "Website",
  OTHER: "Other",
};
export const COMPENSATION_PERIOD_LABELS: Record<CompensationPeriod, string> = { YEAR: "per year", MONTH: "per month", DAY: "per day", HOUR: "per hour" };

export const INTERACTION_CHANNEL_LABELS: Record<InteractionChannel, string> = {
  CALL: "Call",
  NOTE: "Note",
  EMAIL: "Email",
  MEETING: "Meeting",
  MESSAGE: "Message",
  INTERVIEW: "Interview",
};
export const INTERACTION_DIRECTION_LABELS: Record<InteractionDirection, string> = { INBOUND: "Inbound", OUTBOUND: "Outbound", INTERNAL: "Internal" };

/** `{ value, label }` options for a Select over an enum, in the enum's order. */
export function enumOptions<T extends string>(values: readonly T[], labels: Record<T, string>): Array<{ value: T; label: string }> {
  return values.map((value) => ({ value, label: labels[value] }));
}

export const ENUMS = {
  stageCategories: STAGE_CATEGORIES,
  applicationStatuses: APPLICATION_STATUSES,
  companySizes: COMPANY_SIZES,
  contactKinds: CONTACT_KINDS,
  consentStatuses: CONSENT_STATUSES,
  emailTypes: EMAIL_TYPES,
  phoneTypes: PHONE_TYPES,
  linkKinds: LINK_KINDS,
  compensationPeriods: COMPENSATION_PERIODS,
  interactionChannels: INTERACTION_CHANNELS,
  interactionDirections: INTERACTION_DIRECTIONS,
} as const;

let countryOptionsCache: Array<{ value: string; label: string }> | null = null;

/**
 * Every ISO 3166-1 alpha-2 region the browser can name, as `{ value: "DE", label: "Germany (DE)" }`, sorted by
 * name. Built once from `Intl.DisplayNames`, so no country list ships in the bundle.
 */
export function countryOptions(locale = "en"): Array<{ value: string; label: string }> {
  if (countryOptionsCache) return countryOptionsCache;
  const names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
  const options: Array<{ value: string; label: string }> = [];
  for (let first = 65; first <= 90; first += 1) {
    for (let second = 65; second <= 90; second += 1) {
      const code = String.fromCharCode(first, second);
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      // Unknown, private-use and special codes (EU, UN, ZZ...) either have no name or are not countries.
      if (name && name !== code && !["EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"].includes(code)) options.push({ value: code, label: `${name} (${code})` });
    }
  }
  options.sort((a, b) => a.label.localeCompare(b.label, locale));
  countryOptionsCache = options;
  return options;
}
