import { useQuery } from "@apollo/client/react";
import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { graphql } from "../../../gql";
import { normalizeJobSearch } from "../utils/job-list-params";

const CompanyPickerQuery = graphql(`
  query CompanyPicker($search: String, $first: Int!) {
    companies(search: $search, first: $first, orderBy: NAME_ASC) {
      nodes {
        id
        name
      }
    }
  }
`);

export interface CompanyPickerProps {
  value: string | null;
  /** The chosen company's name, so it shows before any search has run. */
  initialLabel: string | null;
  onChange: (companyId: string | null) => void;
  error?: string;
}

/** Picks the client company a job is for, searching the workspace's companies by name or domain. */
export function CompanyPicker({ value, initialLabel, onChange, error }: CompanyPickerProps) {
  const [search, setSearch] = useState("");
  const [debouncedSearch] = useDebouncedValue(normalizeJobSearch(search), 250);
  const [chosenLabel, setChosenLabel] = useState(initialLabel);
  const { data, previousData, loading } = useQuery(CompanyPickerQuery, { variables: { search: debouncedSearch || null, first: 20 } });
  const companies = (data ?? previousData)?.companies.nodes ?? [];
  const options = companies.map((company) => ({ value: company.id, label: company.name }));
  if (value && chosenLabel && !options.some((option) => option.value === value)) options.unshift({ value, label: chosenLabel });

  return (
    <Select
      label="Client company"
      description="For agencies: the company the job is for"
      placeholder="No client company"
      data={options}
      value={value}
      onChange={(companyId, option) => {
        setChosenLabel(option?.label ?? null);
        onChange(companyId);
      }}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={loading ? "Searching…" : "No company matches"}
      filter={({ options: all }) => all}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
