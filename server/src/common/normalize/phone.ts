import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";

/**
 * Reads a phone number as written ("(415) 555-0100", "+44 20 7946 0958") and returns it in E.164, or null when it
 * is not a valid number. Numbers without a country code are read in `defaultCountry` (the contact's country or the
 * workspace's).
 */
export function normalizePhone(raw: string, defaultCountry: string | null): string | null {
  const text = raw.trim();
  if (text.length === 0 || text.length > 40) return null;
  const parsed = parsePhoneNumberFromString(text, (defaultCountry ?? undefined) as CountryCode | undefined);
  if (!parsed || !parsed.isValid()) return null;
  return parsed.number;
}
