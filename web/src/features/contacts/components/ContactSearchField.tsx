import { TextInput } from "@mantine/core";
import { LIMITS } from "@talentlane/shared";
import type { FormEvent } from "react";

export interface ContactSearchFieldProps {
  value: string;
  onChange: (text: string) => void;
  /** Enter pressed: search now rather than after the typing pause. */
  onSubmit: () => void;
  /** The box's accessible name (default "Search contacts"). */
  label?: string;
}

/** The search box above a contacts list (names, emails and headlines; typos allowed). */
export function ContactSearchField({ value, onChange, onSubmit, label = "Search contacts" }: ContactSearchFieldProps) {
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form role="search" onSubmit={handleSubmit} style={{ flex: 1, minWidth: 240 }}>
      <TextInput
        aria-label={label}
        type="search"
        name="q"
        placeholder="Search by name, email or headline"
        autoComplete="off"
        spellCheck={false}
        maxLength={LIMITS.searchMaxLength}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    </form>
  );
}
