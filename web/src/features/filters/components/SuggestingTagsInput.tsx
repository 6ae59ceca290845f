import { Group, TagsInput, Text, VisuallyHidden, type TagsInputProps } from "@mantine/core";
import { useMemo, useState } from "react";
import { useValueSuggestions, type SuggestionField } from "../hooks/useValueSuggestions";
import { formatSuggestionCount, suggestionOptions } from "../utils/value-suggestions";

/** What the count beside a suggestion counts. */
const COUNTED: Record<SuggestionField, string> = { skills: "contacts", industries: "companies" };

export interface SuggestingTagsInputProps extends Pick<TagsInputProps, "label" | "placeholder" | "style" | "splitChars"> {
  /** Which values in use to suggest. */
  field: SuggestionField;
  value: string[];
  onChange: (next: string[]) => void;
}

/**
 * A tags input that suggests the values in use in the workspace as the user types (most used first, with how many
 * records use each); any other text is still accepted with Enter, a comma or by leaving the field.
 */
export function SuggestingTagsInput({ field, value, onChange, ...props }: SuggestingTagsInputProps) {
  const [typed, setTyped] = useState("");
  const [isFocused, setFocused] = useState(false);
  const { suggestions } = useValueSuggestions(field, typed, isFocused);
  const options = useMemo(() => suggestionOptions(suggestions, value, typed), [suggestions, value, typed]);
  const data = useMemo(() => options.map((option) => option.value), [options]);
  const counts = useMemo(() => new Map(options.map((option) => [option.value, option.count])), [options]);

  return (
    <TagsInput
      {...props}
      size="xs"
      value={value}
      onChange={onChange}
      searchValue={typed}
      onSearchChange={setTyped}
      data={data}
      // The options are already narrowed to what is typed, the way the API matches.
      filter={({ options: all }) => all}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      renderOption={({ option }) => (
        <Group justify="space-between" wrap="nowrap" gap="md" w="100%">
          <span>{option.value}</span>
          <Text component="span" size="xs" c="dimmed">
            {formatSuggestionCount(counts.get(option.value) ?? 0)}
            <VisuallyHidden>{` ${COUNTED[field]}`}</VisuallyHidden>
          </Text>
        </Group>
      )}
      acceptValueOnBlur
    />
  );
}
