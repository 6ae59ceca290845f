import { Button, Menu, SegmentedControl } from "@mantine/core";
import { ADDABLE_CONDITION_KINDS, type AddableConditionKind, type Combinator } from "../utils/filter-state";

/** The menu's names for the kinds of condition. */
export const CONDITION_KIND_LABELS: Record<AddableConditionKind, string> = {
  skills: "Skills",
  location: "Location",
  experience: "Years of experience",
  stage: "Application stage",
  tags: "Tags",
  customField: "Custom field",
  company: "Company",
  segment: "Saved segment",
  text: "Name, title, headline or email",
  contactKind: "Contact kind",
  relocation: "Willing to relocate",
};

export interface CombinatorControlProps {
  value: Combinator;
  onChange: (value: Combinator) => void;
  label: string;
}

/** "All" or "Any" of a group's conditions. */
export function CombinatorControl({ value, onChange, label }: CombinatorControlProps) {
  return (
    <SegmentedControl
      size="xs"
      aria-label={label}
      value={value}
      onChange={(next) => onChange(next as Combinator)}
      data={[
        { value: "and", label: "All conditions" },
        { value: "or", label: "Any condition" },
      ]}
    />
  );
}

export interface AddConditionMenuProps {
  onAdd: (kind: AddableConditionKind | "group") => void;
  /** Offer "Group of conditions" (only at the top level). */
  allowGroup?: boolean;
  label?: string;
}

/** "Add condition" with one item per kind of condition. */
export function AddConditionMenu({ onAdd, allowGroup = false, label = "Add condition" }: AddConditionMenuProps) {
  return (
    <Menu position="bottom-end" shadow="md" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="light">
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {ADDABLE_CONDITION_KINDS.map((kind) => (
          <Menu.Item key={kind} onClick={() => onAdd(kind)}>
            {CONDITION_KIND_LABELS[kind]}
          </Menu.Item>
        ))}
        {allowGroup && (
          <>
            <Menu.Divider />
            <Menu.Item onClick={() => onAdd("group")}>Group of conditions</Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
