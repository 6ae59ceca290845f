import type { BulkTarget } from "./selection";

/** A contact's location as the API returns it. */
export interface LocationParts {
  city?: string | null;
  region?: string | null;
  country?: string | null;
}

const countryNamesByLocale = new Map<string, Intl.DisplayNames | null>();

/** The country's name in `locale` (e.g. "DE" -> "Germany"), or the code itself when it is not a known region. */
export function formatCountry(code: string, locale = "en"): string {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return code.trim();
  let names = countryNamesByLocale.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
    } catch {
      names = null;
    }
    countryNamesByLocale.set(locale, names);
  }
  return names?.of(upper) ?? upper;
}

/**
 * One line for a location: "City, Region, Country", leaving out blank parts and a region that only repeats
 * the city ("Berlin, Germany", not "Berlin, Berlin, Germany"). Returns "" when nothing is known.
 */
export function formatLocation(location: LocationParts | null | undefined, locale = "en"): string {
  if (!location) return "";
  const city = location.city?.trim() ?? "";
  const region = location.region?.trim() ?? "";
  const country = location.country?.trim() ? formatCountry(location.country, locale) : "";
  const parts = [city, region.toLowerCase() === city.toLowerCase() ? "" : region, country];
  return parts.filter(Boolean).join(", ");
}

/** A whole number with digits grouped for `locale`: 2000 -> "2,000". */
export function formatCount(count: number, locale = "en-US"): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(count);
}

/** "1 contact", "2,000 contacts" (digits grouped for `locale`). */
export function formatContactCount(count: number, locale = "en-US"): string {
  return `${formatCount(count, locale)} ${count === 1 ? "contact" : "contacts"}`;
}

/** The tags to show in a narrow cell, and how many more there are. */
export interface TagSummary {
  shown: string[];
  hiddenCount: number;
}

/**
 * Picks the first `max` tag names to show (as given; the API orders them by name) and counts the rest, so a
 * cell can say "+3". A negative or fractional `max` counts as its floor, at least 0.
 */
export function summarizeTags(names: readonly string[], max = 3): TagSummary {
  const limit = Math.max(0, Math.floor(max));
  return { shown: names.slice(0, limit), hiddenCount: Math.max(0, names.length - limit) };
}

/** Who a bulk action applies to, as a noun phrase: "3 contacts", "all 2,000 matching contacts". */
export function formatBulkTarget(target: BulkTarget, locale = "en-US"): string {
  if (target.kind === "ids") return formatContactCount(target.contactIds.length, locale);
  return `all ${formatCount(target.count, locale)} matching ${target.count === 1 ? "contact" : "contacts"}`;
}

/**
 * The sentence a bulk action's dialog shows before it runs on every matching contact: what selects them (the
 * filter, the search or both), how many the list counted, and that rows not loaded yet are included.
 */
export function describeMatchingScope(target: Extract<BulkTarget, { kind: "matching" }>, locale = "en-US"): string {
  const hasFilter = Object.keys(target.filter).length > 0;
  const search = target.search?.trim() || null;
  const by = hasFilter && search ? `the filter and the search “${search}”` : hasFilter ? "the filter" : search ? `the search “${search}”` : null;
  const who = by ? `every contact that matches ${by}` : "every contact in the list";
  return `This applies to ${who}: ${formatContactCount(target.count, locale)}, including those not loaded yet.`;
}
