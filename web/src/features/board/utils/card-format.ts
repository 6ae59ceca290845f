/** How a card shows its facts in little space. */

/** The aging badge's short text, e.g. "0d", "12d". */
export function formatAgingShort(daysInStage: number): string {
  return `${Math.max(0, Math.floor(daysInStage))}d`;
}

/** The aging badge's full text for screen readers and the tooltip. */
export function describeAging(daysInStage: number, isSlaBreached: boolean): string {
  const days = Math.max(0, Math.floor(daysInStage));
  const text = days === 1 ? "1 day in stage" : `${days} days in stage`;
  return isSlaBreached ? `${text}, over the stage's SLA` : text;
}

/** A stage's SLA as a column shows it, or null without one. */
export function formatSla(slaDays: number | null | undefined): string | null {
  if (!slaDays || slaDays <= 0) return null;
  return slaDays === 1 ? "SLA 1 day" : `SLA ${slaDays} days`;
}

/** The first `max` tags, and how many more there are. */
export function splitTags<T>(tags: readonly T[], max: number): { shown: T[]; hiddenCount: number } {
  return { shown: tags.slice(0, max), hiddenCount: Math.max(0, tags.length - max) };
}

/** One formatter for every count (creating one per call, as `toLocaleString` does, is slow). */
const COUNT_FORMAT = new Intl.NumberFormat("en-US");

/** A count with thousands separators, e.g. "5,000". */
export function formatCount(count: number): string {
  return COUNT_FORMAT.format(count);
}

/** A column's count as its badge says it to screen readers. */
export function describeCount(count: number): string {
  return count === 1 ? "1 card" : `${formatCount(count)} cards`;
}
