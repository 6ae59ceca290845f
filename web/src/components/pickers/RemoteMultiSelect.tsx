import { Loader, MultiSelect, type MultiSelectProps } from "@mantine/core";
import { useMemo, useState } from "react";
import { normalizeRemoteSearch, optionsMatching, toComboboxData, withSelectedOptions, type RemoteOptionKind } from "./remote-options";
import { useDropdownOpen } from "./useDropdownOpen";
import { useOptionLabels } from "./useOptionLabels";
import { useRemoteOptions } from "./useRemoteOptions";

export interface RemoteMultiSelectProps
  extends Omit<MultiSelectProps, "data" | "value" | "onChange" | "searchable" | "searchValue" | "onSearchChange" | "filter" | "nothingFoundMessage" | "rightSection"> {
  /** What to pick from: ids of users, segments, jobs or pools, or tag names. */
  kind: RemoteOptionKind;
  value: string[];
  onChange: (values: string[]) => void;
  /** Labels the page already knows, so chosen values need no request of their own to be shown. */
  knownLabels?: ReadonlyMap<string, string>;
  /** The label of a chosen value the API does not return (deleted, or not visible to the viewer). */
  missingLabel?: string;
  /** Headings in the order to show them (jobs by status, segments by visibility). */
  groupOrder?: readonly string[];
}

const NO_LABELS: ReadonlyMap<string, string> = new Map();

/**
 * A searchable multi-select over a list that may be long: typing asks the server (once typing pauses) for the
 * first matches by name; chosen values keep their labels even when they are not among the current matches.
 */
export function RemoteMultiSelect({ kind, value, onChange, knownLabels = NO_LABELS, missingLabel = "Not available", groupOrder, onDropdownOpen, onDropdownClose, ...props }: RemoteMultiSelectProps) {
  const [typed, setTyped] = useState("");
  const dropdown = useDropdownOpen(onDropdownOpen, onDropdownClose);
  const [pickedLabels, setPickedLabels] = useState<ReadonlyMap<string, string>>(NO_LABELS);
  const known = useMemo(() => new Map([...knownLabels, ...pickedLabels]), [knownLabels, pickedLabels]);
  const labels = useOptionLabels(kind, value, known);
  const search = normalizeRemoteSearch(typed);
  const { options, loading } = useRemoteOptions(kind, search, dropdown.isOpen);
  const shown = withSelectedOptions(optionsMatching(options, search), value, (chosen) => labels.labelOf(chosen) ?? (labels.loading ? "Loading…" : missingLabel));
  const data = toComboboxData(shown, groupOrder);

  return (
    <MultiSelect
      {...props}
      searchable
      data={data}
      value={value}
      searchValue={typed}
      onSearchChange={setTyped}
      // The server already narrowed the options to what is typed.
      filter={({ options: all }) => all}
      onChange={(next) => {
        const remembered = new Map(pickedLabels);
        for (const option of shown) if (next.includes(option.value)) remembered.set(option.value, option.label);
        setPickedLabels(remembered);
        onChange(next);
      }}
      onDropdownOpen={dropdown.onDropdownOpen}
      onDropdownClose={dropdown.onDropdownClose}
      nothingFoundMessage={loading ? "Searching…" : "No matches"}
      rightSection={loading ? <Loader size={14} aria-hidden="true" /> : undefined}
    />
  );
}
