import { Group, Select, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { LIMITS } from "@talentlane/shared";
import { useEffect, useRef, useState } from "react";
import { isJobStatusChoice, JOB_STATUS_CHOICES, normalizeJobSearch, type JobListParams } from "../utils/job-list-params";

export interface JobListFiltersProps {
  value: JobListParams;
  onChange: (changes: Partial<JobListParams>) => void;
}

/** The job list's status filter and title search. */
export function JobListFilters({ value, onChange }: JobListFiltersProps) {
  const [draft, setDraft] = useState(value.search);
  const [debouncedDraft] = useDebouncedValue(draft, 300);
  const lastSearch = useRef(value.search);

  useEffect(() => {
    if (value.search === lastSearch.current) return;
    lastSearch.current = value.search;
    setDraft(value.search);
  }, [value.search]);

  useEffect(() => {
    const search = normalizeJobSearch(debouncedDraft);
    if (search === lastSearch.current) return;
    lastSearch.current = search;
    onChange({ search });
  }, [debouncedDraft, onChange]);

  return (
    <Group gap="sm" align="flex-end" role="search" aria-label="Filter jobs">
      <TextInput
        type="search"
        label="Search jobs"
        placeholder="Title contains…"
        value={draft}
        maxLength={LIMITS.searchMaxLength}
        onChange={(event) => setDraft(event.currentTarget.value)}
        w={280}
      />
      <Select
        label="Status"
        data={JOB_STATUS_CHOICES.map((choice) => ({ value: choice.value, label: choice.label }))}
        value={value.status}
        onChange={(status) => onChange({ status: isJobStatusChoice(status) ? status : "ALL" })}
        allowDeselect={false}
        w={200}
        comboboxProps={{ withinPortal: true }}
      />
    </Group>
  );
}
