/** "8 years", "1 year", "2.5 years"; "" when unknown. */
export function formatYears(years: number | null | undefined): string {
  if (years === null || years === undefined) return "";
  const rounded = Math.round(years * 10) / 10;
  return `${rounded} ${rounded === 1 ? "year" : "years"}`;
}

/** A calendar date written YYYY-MM-DD as "Mar 1, 2027"; "" when missing or not a date. */
export function formatDay(date: string | null | undefined, locale = "en-US"): string {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return "";
  const value = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(value.getTime())) return "";
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(value);
}

/** An instant as "Mar 1, 2027, 14:05" in the viewer's time zone (or the one given); "" when unreadable. */
export function formatDateTime(instant: string | null | undefined, locale = "en-US", timeZone?: string): string {
  if (!instant) return "";
  const value = new Date(instant);
  if (Number.isNaN(value.getTime())) return "";
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(value);
}

/**
 * A compensation range as "USD 155,000–180,000 per year", "at least EUR 60,000 per year", "up to ..."; "" when
 * there is none. `periods` names the periods.
 */
export function formatCompensation(
  compensation: { minAmount: number | null; maxAmount: number | null; currency: string; period: string } | null | undefined,
  periods: Record<string, string>,
  locale = "en-US",
): string {
  if (!compensation) return "";
  const number = (amount: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount);
  const { minAmount, maxAmount, currency } = compensation;
  const period = periods[compensation.period] ?? compensation.period.toLowerCase();
  if (minAmount !== null && maxAmount !== null) return `${currency} ${number(minAmount)}–${number(maxAmount)} ${period}`;
  if (minAmount !== null) return `at least ${currency} ${number(minAmount)} ${period}`;
  if (maxAmount !== null) return `up to ${currency} ${number(maxAmount)} ${period}`;
  return "";
}
