import { faker } from "@faker-js/faker";
import { newId } from "../../common/ids";
import { SENIORITY_THRESHOLDS } from "./demo-data";

// The demo seed's clock and random helpers. Everything random is drawn from FAKER_SEED and every date is relative
// to REFERENCE_DATE, the start (UTC) of the day the seed runs: the same people, companies, jobs and histories every run,
// and a workspace that looks current the day it is created (the board counts days in stage from the real clock,
// so a fixed date would show every card overdue a few weeks later).

export const FAKER_SEED = 20261129;
/** "Today" in the demo workspace: midnight UTC of the day the seed runs, so nothing seeded lies in the future. */
export const REFERENCE_DATE = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
export const DAY_MS = 86_400_000;
export const YEAR_MS = 365.25 * DAY_MS;
/** Demo records were created over the two years before the reference date. */
export const HISTORY_START = new Date(REFERENCE_DATE.getTime() - 730 * DAY_MS);

/**
 * Gives rows UUID v7 ids in the order of their created_at, so id order and creation order agree as they do for
 * rows the product creates (keyset pagination sorts by both). The sort is stable, so ties keep generation order.
 */
export function withIdsInCreationOrder<T>(items: T[], rowOf: (item: T) => { id: string; created_at: string }): T[] {
  const ordered = [...items].sort((a, b) => compareIso(rowOf(a).created_at, rowOf(b).created_at));
  for (const item of ordered) rowOf(item).id = newId();
  return ordered;
}

/**
 * Orders ISO 8601 timestamps written by `iso` (same format, so plain code-unit order is time order). Much faster
 * than `localeCompare`, which matters when sorting tens of thousands of rows.
 */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A creation date in the demo's history, more often recent: a workspace fills up faster as the team grows. */
export function recentlySkewedDate(): Date {
  const span = REFERENCE_DATE.getTime() - DAY_MS - HISTORY_START.getTime();
  return new Date(HISTORY_START.getTime() + Math.round(span * Math.sqrt(faker.number.float())));
}

/** The seniority (0 junior to 4 principal) that `years` of experience usually brings. */
export function seniorityAt(years: number): number {
  let level = 0;
  SENIORITY_THRESHOLDS.forEach((threshold, index) => {
    if (years >= threshold) level = index;
  });
  return level;
}

/** One item, earlier items more likely (weight 1/(i+1)^skew). */
export function pickSkewed<T>(items: readonly T[], skew: number): T {
  return faker.helpers.weightedArrayElement(items.map((value, index) => ({ value, weight: 1 / (index + 1) ** skew })));
}

/** `count` distinct items, earlier items more likely, in the order drawn. */
export function pickSkewedDistinct<T>(items: readonly T[], count: number, skew: number): T[] {
  return weightedDistinct(
    items.map((value, index) => ({ value, weight: 1 / (index + 1) ** skew })),
    count,
  ).map((item) => item.value);
}

/** `count` distinct entries drawn by weight without replacement. */
export function weightedDistinct<T extends { weight: number }>(items: readonly T[], count: number): T[] {
  const remaining = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && remaining.length > 0) {
    const index = faker.helpers.weightedArrayElement(remaining.map((item, position) => ({ value: position, weight: item.weight })));
    chosen.push(remaining[index]);
    remaining.splice(index, 1);
  }
  return chosen;
}

/** The first index whose cumulative weight exceeds `target`. */
export function lowerBound(cumulative: readonly number[], target: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cumulative[middle] > target) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** A random moment between two dates (`from` itself when `to` is earlier). */
export function between(from: Date, to: Date): Date {
  return new Date(faker.number.int({ min: from.getTime(), max: Math.max(from.getTime(), to.getTime()) }));
}

/** A random moment between two others, in epoch milliseconds (`from` itself when `to` is earlier). */
export function betweenMs(from: number, to: number): number {
  return faker.number.int({ min: Math.round(from), max: Math.max(Math.round(from), Math.round(to)) });
}

/** The date `days` (possibly negative or fractional) days later. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The earlier of two dates. */
export function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

/** A timestamp as the seed stores it: ISO 8601 in UTC with milliseconds. */
export function iso(date: Date): string {
  return date.toISOString();
}

/** The UTC calendar day of a date, YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first day of the month of a timestamp, as employment dates are usually known. */
export function monthStart(time: number): string {
  return `${new Date(time).toISOString().slice(0, 7)}-01`;
}

/** Rounded to one decimal, as years of experience are written. */
export function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

/** `value` limited to the range [min, max]. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Strips accents so names can become email addresses and URL slugs ("Zoë" becomes "zoe"). */
export function asciiFold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** Lower-case ASCII letters and digits only, for email local parts and URL handles ("contact" if nothing is left). */
export function asciiSlug(text: string): string {
  return asciiFold(text).toLowerCase().replace(/[^a-z0-9]+/g, "") || "contact";
}
