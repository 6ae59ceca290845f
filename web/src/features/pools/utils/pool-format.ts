/** A date-time from the API as a short date, e.g. "Mar 4, 2026" (or "" when missing or unreadable). */
export function formatDate(value: string | null | undefined, locale = "en-US"): string {
  if (!value) return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return "";
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(date);
}

/**
 * The member count line: "120 members", or "4 of 120 members match" when a filter or search narrows the pool.
 */
export function formatMemberCount(matching: number, total: number, isNarrowed: boolean, locale = "en-US"): string {
  const number = (count: number) => new Intl.NumberFormat(locale).format(count);
  const noun = (count: number) => (count === 1 ? "member" : "members");
  if (!isNarrowed) return `${number(total)} ${noun(total)}`;
  return `${number(matching)} of ${number(total)} ${noun(total)} match`;
}
