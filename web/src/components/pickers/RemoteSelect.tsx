import { Loader, Select, type SelectProps } from "@mantine/core";
import { useMemo, useState } from "react";
import { optionsMatching, searchForTyped, toComboboxData, withSelectedOptions, type RemoteOptionKind } from "./remote-options";
import { useDropdownOpen } from "./useDropdownOpen";
import { useOptionLabels } from "./useOptionLabels";
import { useRemoteOptions } from "./useRemoteOptions";

export interface RemoteSelectProps
  extends Omit<SelectProps, "data" | "value" | "onChange" | "searchable" | "searchValue" | "onSearchChange" | "filter" | "nothingFoundMessage" | "rightSection"> {
  /** What to pick from (not tags: those are picked by name, see `RemoteTagsInput`). */
  kind: Exclude<RemoteOptionKind, "tags">;
  value: string | null;
  /** The picked value and its label (`null` when cleared). */
  onChange: (value: string | null, label: string | null) => void;
  /** Labels the page already knows, so the chosen value needs no request of its own to be shown. */
  knownLabels?: ReadonlyMap<string, string>;
  /** The label of a chosen value the API does not return (deleted, or not visible to the viewer). */
  missingLabel?: string;
  /** Headings in the order to show them (jobs by status, segments by visibility). */
  groupOrder?: readonly string[];
}

const NO_LABELS: ReadonlyMap<string, string> = new Map();

/**
 * A searchable select over a list that may be long: typing asks the server (once typing pauses) for the first
 * matches by name, so any record can be found, not only those of a first page. The chosen value keeps its label
 * even when it is not among the current matches. Keyboard: type, arrows, Enter; Escape closes.
 */
export function RemoteSelect({ kind, value, onChange, knownLabels = NO_LABELS, missingLabel = "Not available", groupOrder, onDropdownOpen, onDropdownClose, ...props }: RemoteSelectProps) {
  // Mantine fills the input with the chosen option's label only after the first render: start with it when the
  // label is known, so a picker that mounts with a value never shows an empty input first.
  const [typed, setTyped] = useState(() => (value ? knownLabels.get(value) : undefined) ?? "");
  const dropdown = useDropdownOpen(onDropdownOpen, onDropdownClose);
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const known = useMemo(() => (picked ? new Map([...knownLabels, [picked.value, picked.label]]) : knownLabels), [knownLabels, picked]);
  const selected = useMemo(() => (value ? [value] : []), [value]);
  const labels = useOptionLabels(kind, selected, known);
  const labelOf = (chosen: string) => labels.labelOf(chosen) ?? (labels.loading ? "Loading…" : missingLabel);
  // What the input shows for the chosen value; while it reads just that, nothing was typed.
  const search = searchForTyped(typed, value ? labelOf(value) : null);
  const { options, loading } = useRemoteOptions(kind, search, dropdown.isOpen);
  const shown = withSelectedOptions(optionsMatching(options, search), selected, labelOf);
  const data = toComboboxData(shown, groupOrder);

  return (
    <Select
      {...props}
      searchable
      data={data}
      value={value}
      searchValue={typed}
      onSearchChange={setTyped}
      // The server already narrowed the options to what is typed.
      filter={({ options: all }) => all}
      onChange={(next, option) => {
        setPicked(next && option ? { value: next, label: option.label } : null);
        onChange(next, next && option ? option.label : null);
      }}
      onDropdownOpen={dropdown.onDropdownOpen}
      onDropdownClose={dropdown.onDropdownClose}
      nothingFoundMessage={loading ? "Searching…" : "No matches"}
      rightSection={loading ? <Loader size={14} aria-hidden="true" /> : undefined}
    />
  );
}
