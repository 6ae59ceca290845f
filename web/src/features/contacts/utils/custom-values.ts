/** A CONTACT custom field as the record page reads its definition. */
export interface CustomFieldDefinition {
  key: string;
  label: string;
  type: "TEXT" | "LONG_TEXT" | "NUMBER" | "BOOLEAN" | "DATE" | "SINGLE_SELECT" | "MULTI_SELECT" | "URL" | "CURRENCY" | "USER";
  isRequired: boolean;
  options: ReadonlyArray<{ value: string; label: string; isArchived: boolean }>;
}

/** What the input for a field holds: text, a number ("" when empty), a yes/no, a list of options, or money. */
export type CustomFieldInputValue = string | number | boolean | string[] | { amount: number | ""; currency: string } | null;

/**
 * The input value for a stored value (from `customValues`, by type): missing values become the input's empty
 * value (text "", number "", boolean false, list [], date null). Values of the wrong shape count as missing.
 */
export function toInputValue(field: CustomFieldDefinition, stored: unknown): CustomFieldInputValue {
  switch (field.type) {
    case "TEXT":
    case "LONG_TEXT":
    case "URL":
      return typeof stored === "string" ? stored : "";
    case "NUMBER":
      return typeof stored === "number" ? stored : "";
    case "BOOLEAN":
      return stored === true;
    case "DATE":
    case "SINGLE_SELECT":
    case "USER":
      return typeof stored === "string" && stored !== "" ? stored : null;
    case "MULTI_SELECT":
      return Array.isArray(stored) ? stored.filter((item): item is string => typeof item === "string") : [];
    case "CURRENCY": {
      const money = stored as { amount?: unknown; currency?: unknown } | null;
      return {
        amount: typeof money?.amount === "number" ? money.amount : "",
        currency: typeof money?.currency === "string" ? money.currency : "",
      };
    }
  }
}

/**
 * The API value for an input value (`CustomValueInput.value`): null clears the field. Blank text, an empty
 * number, no option and money without an amount all clear it; a yes/no is always a value.
 */
export function toApiValue(field: CustomFieldDefinition, input: CustomFieldInputValue): unknown {
  switch (field.type) {
    case "TEXT":
    case "LONG_TEXT":
    case "URL":
      return typeof input === "string" && input.trim() !== "" ? input.trim() : null;
    case "NUMBER":
      return typeof input === "number" && Number.isFinite(input) ? input : null;
    case "BOOLEAN":
      return input === true;
    case "DATE":
    case "SINGLE_SELECT":
    case "USER":
      return typeof input === "string" && input !== "" ? input : null;
    case "MULTI_SELECT":
      return Array.isArray(input) && input.length > 0 ? [...input] : null;
    case "CURRENCY": {
      const money = input as { amount: number | ""; currency: string } | null;
      if (!money || money.amount === "") return null;
      return { amount: money.amount, currency: money.currency.trim().toUpperCase() };
    }
  }
}

/**
 * The `values` for `setCustomValues`: one entry per field whose API value changed from what is stored
 * (a BOOLEAN that was never set counts as changed only when switched on). Field order follows `fields`.
 */
export function changedCustomValues(
  fields: readonly CustomFieldDefinition[],
  stored: Record<string, unknown>,
  inputs: Record<string, CustomFieldInputValue>,
): Array<{ key: string; value: unknown }> {
  const changes: Array<{ key: string; value: unknown }> = [];
  for (const field of fields) {
    if (!(field.key in inputs)) continue;
    const before = field.key in stored ? toApiValue(field, toInputValue(field, stored[field.key])) : null;
    const after = toApiValue(field, inputs[field.key]);
    const isUnsetBoolean = field.type === "BOOLEAN" && !(field.key in stored) && after === false;
    if (!isUnsetBoolean && JSON.stringify(before) !== JSON.stringify(after)) changes.push({ key: field.key, value: after });
  }
  return changes;
}

/** A stored value for reading: "Yes"/"No", option labels, a formatted number, date or amount; "" when missing. */
export function formatCustomValue(field: CustomFieldDefinition, stored: unknown, userNames: ReadonlyMap<string, string> = new Map(), locale = "en-US"): string {
  if (stored === null || stored === undefined) return "";
  const optionLabel = (value: string) => field.options.find((option) => option.value === value)?.label ?? value;
  switch (field.type) {
    case "BOOLEAN":
      return stored === true ? "Yes" : stored === false ? "No" : "";
    case "NUMBER":
      return typeof stored === "number" ? new Intl.NumberFormat(locale).format(stored) : "";
    case "DATE":
      if (typeof stored !== "string") return "";
      return new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(new Date(`${stored}T00:00:00Z`));
    case "SINGLE_SELECT":
      return typeof stored === "string" ? optionLabel(stored) : "";
    case "MULTI_SELECT":
      return Array.isArray(stored) ? stored.map((value) => optionLabel(String(value))).join(", ") : "";
    case "CURRENCY": {
      const money = stored as { amount?: unknown; currency?: unknown };
      if (typeof money.amount !== "number" || typeof money.currency !== "string") return "";
      try {
        return new Intl.NumberFormat(locale, { style: "currency", currency: money.currency }).format(money.amount);
      } catch {
        return `${money.amount} ${money.currency}`;
      }
    }
    case "USER":
      return typeof stored === "string" ? (userNames.get(stored) ?? "Unknown user") : "";
    default:
      return typeof stored === "string" ? stored : JSON.stringify(stored);
  }
}
