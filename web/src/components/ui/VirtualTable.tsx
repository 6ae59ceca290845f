import { Table } from "@mantine/core";
import { useVirtualizer } from "@tanstack/react-virtual";
import { Fragment, useEffect, useRef, type CSSProperties, type ReactNode } from "react";

export interface VirtualTableColumn {
  key: string;
  /** The header cell's content; give icon-only columns a visually hidden name. */
  header: ReactNode;
  width?: number | string;
}

export interface VirtualTableProps {
  /** The table's accessible name (a visually hidden caption), e.g. "Contacts". */
  caption: string;
  columns: readonly VirtualTableColumn[];
  rowCount: number;
  /** Every row is this tall (px); rows are laid out with this height, so keep cells to one or two lines. */
  rowHeight: number;
  /** The row at `index`: a `<Table.Tr>` with one cell per column. Only rows near the viewport are rendered. */
  renderRow: (index: number) => ReactNode;
  /** Rows not yet loaded follow: `onEndReached` is called when the person scrolls near the end. */
  hasMore?: boolean;
  isLoadingMore?: boolean;
  onEndReached?: () => void;
  /** True while the rows are being replaced (a new search or filter). */
  isBusy?: boolean;
  /** The scroll area's height (CSS), e.g. "calc(100dvh - 320px)". */
  height?: string;
  /** Below this width (px) the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number;
}

/** How close (in rows) to the end of the loaded rows the next page is asked for. */
const END_THRESHOLD = 15;

/**
 * A real `<table>` (rows and cells keep their roles for assistive technology) that renders only the rows near
 * the viewport: spacer rows stand in for the others. Scrolling near the end asks for more rows.
 */
export function VirtualTable({ caption, columns, rowCount, rowHeight, renderRow, hasMore, isLoadingMore, onEndReached, isBusy, height, minWidth = 900 }: VirtualTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.length > 0 ? items[items.length - 1].index : -1;

  useEffect(() => {
    if (hasMore && !isLoadingMore && onEndReached && lastIndex >= rowCount - END_THRESHOLD) onEndReached();
  }, [hasMore, isLoadingMore, onEndReached, lastIndex, rowCount]);

  const paddingTop = items.length > 0 ? items[0].start : 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;

  return (
    <div ref={scrollRef} className="virtual-table" style={{ height: height ?? "calc(100dvh - 300px)" }} data-testid="virtual-table-scroll">
      <Table stickyHeader highlightOnHover verticalSpacing={4} aria-busy={isBusy || undefined} aria-rowcount={rowCount + 1} style={{ tableLayout: "fixed", minWidth, "--row-height": `${rowHeight}px` } as CSSProperties}>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} scope="col" style={column.width !== undefined ? { width: column.width } : undefined}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && <SpacerRow height={paddingTop} columnCount={columns.length} />}
          {items.map((item) => (
            <Fragment key={item.key}>{renderRow(item.index)}</Fragment>
          ))}
          {paddingBottom > 0 && <SpacerRow height={paddingBottom} columnCount={columns.length} />}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/** Stands in for the rows outside the viewport; hidden from assistive technology. */
function SpacerRow({ height, columnCount }: { height: number; columnCount: number }) {
  return (
    <tr aria-hidden="true" className="virtual-table__spacer">
      <td colSpan={columnCount} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
