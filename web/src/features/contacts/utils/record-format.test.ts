import { formatCompensation, formatDateTime, formatDay, formatYears } from "./record-format";

const PERIODS = { YEAR: "per year", MONTH: "per month" };

describe("formatYears", () => {
  it("rounds to a tenth and says year or years", () => {
    expect(formatYears(8)).toBe("8 years");
    expect(formatYears(1)).toBe("1 year");
    expect(formatYears(2.46)).toBe("2.5 years");
    expect(formatYears(null)).toBe("");
  });
});

describe("formatDay", () => {
  it("formats a calendar date without shifting it across time zones", () => {
    expect(formatDay("2027-03-01")).toBe("Mar 1, 2027");
  });

  it("answers an empty string for nothing or nonsense", () => {
    expect(formatDay(null)).toBe("");
    expect(formatDay("soon")).toBe("");
  });
});

describe("formatDateTime", () => {
  it("formats an instant in the given time zone", () => {
    expect(formatDateTime("2026-03-01T13:05:00Z", "en-US", "UTC")).toBe("Mar 1, 2026, 13:05");
    expect(formatDateTime("2026-03-01T13:05:00Z", "en-US", "Europe/Berlin")).toBe("Mar 1, 2026, 14:05");
  });

  it("answers an empty string for nothing or nonsense", () => {
    expect(formatDateTime(undefined)).toBe("");
    expect(formatDateTime("later")).toBe("");
  });
});

describe("formatCompensation", () => {
  it("formats a range, a minimum and a maximum", () => {
    expect(formatCompensation({ minAmount: 155000, maxAmount: 180000, currency: "USD", period: "YEAR" }, PERIODS)).toBe("USD 155,000–180,000 per year");
    expect(formatCompensation({ minAmount: 5000, maxAmount: null, currency: "EUR", period: "MONTH" }, PERIODS)).toBe("at least EUR 5,000 per month");
    expect(formatCompensation({ minAmount: null, maxAmount: 90, currency: "GBP", period: "HOUR" }, PERIODS)).toBe("up to GBP 90 hour");
  });

  it("answers an empty string without amounts", () => {
    expect(formatCompensation(null, PERIODS)).toBe("");
    expect(formatCompensation({ minAmount: null, maxAmount: null, currency: "EUR", period: "YEAR" }, PERIODS)).toBe("");
  });
});
