import { Button, Group, Loader, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { LIMITS } from "@talentlane/shared";
import { useEffect, useRef, useState } from "react";
import { RemoteMultiSelect } from "../../../components/pickers/RemoteMultiSelect";
import { hasBoardFilters, normalizeBoardSearch, type BoardFilters as BoardFilterValues } from "../utils/board-filters";

/** How long typing must pause before the board is searched. */
const SEARCH_DEBOUNCE_MS = 300;

export interface BoardFiltersProps {
  filters: BoardFilterValues;
  onChange: (changes: Partial<BoardFilterValues>) => void;
  /** True while the board is read again for a new filter. */
  isUpdating?: boolean;
}

/**
 * Narrows the board by the candidates' owner, tags and a search; the URL keeps what is chosen. Owners and tags are
 * searched on the server as the user types, so any of them can be picked.
 */
export function BoardFilters({ filters, onChange, isUpdating = false }: BoardFiltersProps) {
  const [draft, setDraft] = useState(filters.search);
  const [debouncedDraft] = useDebouncedValue(draft, SEARCH_DEBOUNCE_MS);
  // The search this box last sent (or saw in the URL); a different one in the URL came from outside.
  const lastSearch = useRef(filters.search);

  useEffect(() => {
    if (filters.search === lastSearch.current) return;
    lastSearch.current = filters.search;
    setDraft(filters.search);
  }, [filters.search]);

  useEffect(() => {
    const search = normalizeBoardSearch(debouncedDraft);
    if (search === lastSearch.current) return;
    lastSearch.current = search;
    onChange({ search });
  }, [debouncedDraft, onChange]);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filter the board">
      <TextInput
        type="search"
        label="Search candidates"
        placeholder="Name, email, headline…"
        value={draft}
        maxLength={LIMITS.searchMaxLength}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            const search = normalizeBoardSearch(draft);
            lastSearch.current = search;
            onChange({ search });
          }
        }}
        w={240}
      />
      <RemoteMultiSelect
        kind="users"
        label="Owner"
        placeholder={filters.ownerIds.length === 0 ? "Anyone" : undefined}
        missingLabel="Unknown user"
        value={filters.ownerIds}
        onChange={(ownerIds) => onChange({ ownerIds })}
        clearable
        w={260}
        comboboxProps={{ withinPortal: true }}
      />
      <RemoteMultiSelect
        kind="tags"
        label="Tags"
        placeholder={filters.tags.length === 0 ? "Any tag" : undefined}
        value={filters.tags}
        onChange={(names) => onChange({ tags: names })}
        clearable
        w={260}
        comboboxProps={{ withinPortal: true }}
      />
      {hasBoardFilters(filters) && (
        <Button
          variant="subtle"
          onClick={() => {
            lastSearch.current = "";
            setDraft("");
            onChange({ ownerIds: [], tags: [], search: "" });
          }}
        >
          Clear filters
        </Button>
      )}
      <Group gap={6} mb={8} role="status" aria-live="polite">
        {isUpdating && (
          <>
            <Loader size="xs" />
            <Text size="xs" c="dimmed">
              Updating the board…
            </Text>
          </>
        )}
      </Group>
    </Group>
  );
}
