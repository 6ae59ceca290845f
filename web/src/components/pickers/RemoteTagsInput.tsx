import { Loader, TagsInput, type TagsInputProps } from "@mantine/core";
import { useState } from "react";
import { namesNotPicked, normalizeRemoteSearch, optionsMatching } from "./remote-options";
import { useRemoteOptions } from "./useRemoteOptions";

export interface RemoteTagsInputProps extends Omit<TagsInputProps, "data" | "value" | "onChange" | "searchValue" | "onSearchChange" | "filter" | "rightSection"> {
  value: string[];
  onChange: (names: string[]) => void;
}

/**
 * A tags input that suggests the workspace's tags containing what is typed, asked of the server once typing
 * pauses (so any tag can be found, however many there are); any other text is still accepted as a new tag.
 */
export function RemoteTagsInput({ value, onChange, onFocus, onBlur, ...props }: RemoteTagsInputProps) {
  const [typed, setTyped] = useState("");
  const [isFocused, setFocused] = useState(false);
  const search = normalizeRemoteSearch(typed);
  const { options, loading } = useRemoteOptions("tags", search, isFocused);
  const data = namesNotPicked(
    optionsMatching(options, search).map((option) => option.label),
    value,
  );

  return (
    <TagsInput
      {...props}
      value={value}
      onChange={onChange}
      searchValue={typed}
      onSearchChange={setTyped}
      data={data}
      // The server already narrowed the suggestions to what is typed.
      filter={({ options: all }) => all}
      onFocus={(event) => {
        setFocused(true);
        onFocus?.(event);
      }}
      onBlur={(event) => {
        setFocused(false);
        onBlur?.(event);
      }}
      rightSection={loading ? <Loader size={14} aria-hidden="true" /> : undefined}
    />
  );
}
