import type { FragmentType } from "@apollo/client";
import { Checkbox } from "@mantine/core";
import type { ReactNode } from "react";
import { VirtualTable, type VirtualTableColumn } from "../../../components/ui/VirtualTable";
import { selectAllState, type SelectAllState } from "../utils/selection";
import { ContactRow, type ContactRow_contact } from "./ContactRow";

/** One row: the contact (read through its fragment) and any extra cells. */
export interface ContactsTableRow {
  id: string;
  contact: FragmentType<typeof ContactRow_contact>;
  extraCells?: ReactNode;
}

/** Row selection for bulk actions. */
export interface ContactsTableSelection {
  selectedIds: ReadonlySet<string>;
  onToggle: (id: string) => void;
  /** Selects every loaded row, or clears them when all are selected. */
  onToggleAll: () => void;
}

export interface ContactsTableProps {
  /** The table's accessible name, e.g. "Contacts" or "Members". */
  caption: string;
  rows: readonly ContactsTableRow[];
  extraColumns?: readonly VirtualTableColumn[];
  selection?: ContactsTableSelection;
  hasMore?: boolean;
  isLoadingMore?: boolean;
  onEndReached?: () => void;
  /** True while a new search or filter replaces the rows shown. */
  isBusy?: boolean;
  height?: string;
}

const ROW_HEIGHT = 52;

/** Contacts as a virtualised table with infinite scroll; each row reads its own fields from the cache. */
export function ContactsTable({ caption, rows, extraColumns = [], selection, hasMore, isLoadingMore, onEndReached, isBusy, height }: ContactsTableProps) {
  const allState: SelectAllState = selection ? selectAllState(selection.selectedIds, rows.map((row) => row.id)) : "none";
  const columns: VirtualTableColumn[] = [
    ...(selection
      ? [
          {
            key: "select",
            width: 44,
            header: (
              <Checkbox
                aria-label={`Select all loaded ${caption.toLowerCase()}`}
                checked={allState === "all"}
                indeterminate={allState === "some"}
                onChange={selection.onToggleAll}
              />
            ),
          },
        ]
      : []),
    { key: "name", header: "Name", width: 210 },
    { key: "headline", header: "Headline" },
    { key: "location", header: "Location", width: 150 },
    { key: "company", header: "Company", width: 150 },
    { key: "tags", header: "Tags", width: 180 },
    { key: "owner", header: "Owner", width: 130 },
    ...extraColumns,
  ];

  return (
    <VirtualTable
      caption={caption}
      columns={columns}
      rowCount={rows.length}
      rowHeight={ROW_HEIGHT}
      hasMore={hasMore}
      isLoadingMore={isLoadingMore}
      onEndReached={onEndReached}
      isBusy={isBusy}
      height={height}
      minWidth={900 + extraColumns.length * 130}
      renderRow={(index) => {
        const row = rows[index];
        return (
          <ContactRow
            contact={row.contact}
            isSelected={selection?.selectedIds.has(row.id)}
            onToggleSelected={selection?.onToggle}
            extraCells={row.extraCells}
          />
        );
      }}
    />
  );
}
