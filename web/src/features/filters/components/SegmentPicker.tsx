import { useMemo } from "react";
import { RemoteSelect } from "../../../components/pickers/RemoteSelect";
import { SEGMENT_VISIBILITY_GROUPS } from "../../../components/pickers/useRemoteOptions";
import { useFilterBuilderOptions } from "../hooks/useFilterBuilderOptions";

export interface SegmentPickerProps {
  /** The segment the current filter is exactly (`segments: { anyOf: [id] }`), if any. */
  appliedSegmentId: string | null;
  /** A segment was picked: make it the current filter. */
  onApply: (segmentId: string) => void;
}

const SEGMENT_GROUP_ORDER = Object.values(SEGMENT_VISIBILITY_GROUPS);

/**
 * "Saved segments": picks a segment (the workspace's shared ones and the viewer's own) to apply as the current
 * filter. The list is searched on the server as the user types; the applied segment's name comes from
 * `FilterBuilder_query` (which the page's query must spread) or is read by id.
 */
export function SegmentPicker({ appliedSegmentId, onApply }: SegmentPickerProps) {
  const { segments } = useFilterBuilderOptions();
  const segmentNames = useMemo(() => new Map(segments.map((segment) => [segment.id, segment.name])), [segments]);

  return (
    <RemoteSelect
      kind="segments"
      aria-label="Saved segments"
      placeholder="Apply a saved segment"
      groupOrder={SEGMENT_GROUP_ORDER}
      knownLabels={segmentNames}
      missingLabel="Unknown segment"
      value={appliedSegmentId}
      onChange={(segmentId) => segmentId && onApply(segmentId)}
      w={260}
      comboboxProps={{ width: 320, position: "bottom-end" }}
    />
  );
}
