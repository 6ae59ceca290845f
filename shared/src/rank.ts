/**
 * Fractional ranks: strings that sort bytewise (SQL `COLLATE "C"`), so a card can always be placed between two
 * others by writing one new rank, never renumbering the column.
 *
 * A rank is an integer part and a fraction. The integer part's first character tells its length ('a'..'z': 2 to
 * 27 characters, growing; 'A'..'Z': 27 down to 2, for the integers below zero), so appending or prepending just
 * counts up or down and ranks grow logarithmically; placing between two neighbours bisects the fraction. Digits are
 * base 62 in ASCII order. A fraction never ends in the lowest digit, so there is always room between two ranks.
 */
export const RANK_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const BASE = RANK_DIGITS.length;
const ZERO = RANK_DIGITS[0];
const TOP = RANK_DIGITS[BASE - 1];
/** The smallest integer part; reserved, so there is always room before any rank. */
const SMALLEST_INTEGER = `A${ZERO.repeat(26)}`;

/** Ranks longer than this are a sign of many inserts at one spot; the server then spreads the column evenly. */
export const RANK_REBALANCE_LENGTH = 48;

/** Whether a string is a well-formed rank. */
export function isValidRank(rank: string): boolean {
  if (rank === SMALLEST_INTEGER) return false;
  const length = integerLength(rank[0]);
  if (length === null || rank.length < length) return false;
  for (const character of rank) if (!RANK_DIGITS.includes(character)) return false;
  return !rank.slice(length).endsWith(ZERO);
}

/**
 * A rank strictly between `before` and `after` (null means the start or the end of the column). Throws when the
 * bounds are not valid ranks in increasing order: the caller read them from the same column, so that is a bug.
 */
export function rankBetween(before: string | null, after: string | null): string {
  if (before !== null && !isValidRank(before)) throw new RangeError(`invalid rank "${before}"`);
  if (after !== null && !isValidRank(after)) throw new RangeError(`invalid rank "${after}"`);
  if (before !== null && after !== null && before >= after) throw new RangeError(`"${before}" is not before "${after}"`);

  if (before === null && after === null) return `a${ZERO}`;
  if (before === null) {
    const integer = integerPart(after!);
    const fraction = after!.slice(integer.length);
    if (integer === SMALLEST_INTEGER) return integer + midpoint("", fraction);
    if (fraction.length > 0) return integer;
    return decrementInteger(integer)!;
  }
  if (after === null) {
    const integer = integerPart(before);
    const incremented = incrementInteger(integer);
    return incremented ?? integer + midpoint(before.slice(integer.length), null);
  }
  const integerBefore = integerPart(before);
  const integerAfter = integerPart(after);
  if (integerBefore === integerAfter) {
    return integerBefore + midpoint(before.slice(integerBefore.length), after.slice(integerAfter.length));
  }
  const incremented = incrementInteger(integerBefore);
  return incremented !== null && incremented < after ? incremented : integerBefore + midpoint(before.slice(integerBefore.length), null);
}

/** `count` increasing ranks, short and evenly spaced, for a new or rebalanced column. */
export function spreadRanks(count: number): string[] {
  const ranks: string[] = [];
  let previous: string | null = null;
  for (let index = 0; index < count; index += 1) {
    previous = rankBetween(previous, null);
    ranks.push(previous);
  }
  return ranks;
}

function integerLength(head: string | undefined): number | null {
  if (head === undefined) return null;
  if (head >= "a" && head <= "z") return head.charCodeAt(0) - "a".charCodeAt(0) + 2;
  if (head >= "A" && head <= "Z") return "Z".charCodeAt(0) - head.charCodeAt(0) + 2;
  return null;
}

function integerPart(rank: string): string {
  return rank.slice(0, integerLength(rank[0])!);
}

/** The next integer part, or null past the largest. */
function incrementInteger(integer: string): string | null {
  const head = integer[0];
  const digits = [...integer.slice(1)];
  for (let index = digits.length - 1; index >= 0; index -= 1) {
    const digit = RANK_DIGITS.indexOf(digits[index]) + 1;
    if (digit < BASE) {
      digits[index] = RANK_DIGITS[digit];
      return head + digits.join("");
    }
    digits[index] = ZERO;
  }
  if (head === "Z") return `a${ZERO}`;
  if (head === "z") return null;
  const nextHead = String.fromCharCode(head.charCodeAt(0) + 1);
  if (nextHead > "a") digits.push(ZERO);
  else digits.pop();
  return nextHead + digits.join("");
}

/** The previous integer part, or null below the smallest. */
function decrementInteger(integer: string): string | null {
  const head = integer[0];
  const digits = [...integer.slice(1)];
  for (let index = digits.length - 1; index >= 0; index -= 1) {
    const digit = RANK_DIGITS.indexOf(digits[index]) - 1;
    if (digit >= 0) {
      digits[index] = RANK_DIGITS[digit];
      return head + digits.join("");
    }
    digits[index] = TOP;
  }
  if (head === "a") return `Z${TOP}`;
  if (head === "A") return null;
  const previousHead = String.fromCharCode(head.charCodeAt(0) - 1);
  if (previousHead < "Z") digits.push(TOP);
  else digits.pop();
  return previousHead + digits.join("");
}

/**
 * The midpoint of two digit strings read as fractions 0.a and 0.b (b = null is 1.0). Neither ends in the zero
 * digit, and a < b.
 */
function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    let shared = 0;
    while ((a[shared] ?? ZERO) === b[shared]) shared += 1;
    if (shared > 0) return b.slice(0, shared) + midpoint(a.slice(shared), b.slice(shared));
  }
  const low = a.length > 0 ? RANK_DIGITS.indexOf(a[0]) : 0;
  const high = b !== null ? RANK_DIGITS.indexOf(b[0]) : BASE;
  if (high - low > 1) return RANK_DIGITS[Math.round((low + high) / 2)];
  // Adjacent first digits: b's first digit alone sorts between a and b when b goes on after it.
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return RANK_DIGITS[low] + midpoint(a.slice(1), null);
}
