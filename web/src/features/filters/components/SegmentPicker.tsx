import { Select } from "@mantine/core";
import { useFilterBuilderOptions } from "../hooks/useFilterBuilderOptions";

export interface SegmentPickerProps {
  /** The segment the current filter is exactly (`segments: { anyOf: [id] }`), if any. */
  appliedSegmentId: string | null;
  /** A segment was picked: make it the current filter. */
  onApply: (segmentId: string) => void;
}

/**
 * "Saved segments": picks a segment (the workspace's shared ones and the viewer's own) to apply as the current
 * filter. Reads the list through `FilterBuilder_query`, which the page's query must spread.
 */
export function SegmentPicker({ appliedSegmentId, onApply }: SegmentPickerProps) {
  const { segments } = useFilterBuilderOptions();
  const groups = [
    { group: "Shared with the workspace", items: segments.filter((segment) => segment.visibility === "WORKSPACE") },
    { group: "Only you", items: segments.filter((segment) => segment.visibility === "PRIVATE") },
  ]
    .filter((group) => group.items.length > 0)
    .map((group) => ({ group: group.group, items: group.items.map((segment) => ({ value: segment.id, label: segment.name })) }));

  return (
    <Select
      aria-label="Saved segments"
      placeholder={segments.length > 0 ? "Apply a saved segment" : "No saved segments yet"}
      data={groups}
      value={appliedSegmentId}
      onChange={(segmentId) => segmentId && onApply(segmentId)}
      searchable
      nothingFoundMessage="No segment by that name"
      w={260}
      comboboxProps={{ width: 320, position: "bottom-end" }}
    />
  );
}
