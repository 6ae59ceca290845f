import { LIMITS } from "@talentlane/shared";
import type { FormEvent } from "react";
import { TextField } from "../../../components/ui/TextField";

export interface ContactSearchFieldProps {
  value: string;
  onChange: (text: string) => void;
  /** Enter pressed: search now rather than after the typing pause. */
  onSubmit: () => void;
}

/** The search box above the contacts list (names, emails and headlines; typos allowed). */
export function ContactSearchField({ value, onChange, onSubmit }: ContactSearchFieldProps) {
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form role="search" className="search-form" onSubmit={handleSubmit}>
      <TextField
        label="Search contacts"
        isLabelHidden
        type="search"
        name="q"
        placeholder="Search by name, email or headline"
        autoComplete="off"
        spellCheck={false}
        maxLength={LIMITS.searchMaxLength}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </form>
  );
}
