import { flexRender, getCoreRowModel, useReactTable, type Cell, type ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { Button } from './button.tsx';
import { toCsv, downloadFile } from '../csv.ts';

export interface Sorting {
  field: string;
  direction: 'ASC' | 'DESC';
}

interface DataTableProps<Row> {
  caption: string;
  rows: Row[];
  columns: ColumnDef<Row, unknown>[];
  /** Server-side sorting: the fields that sort, the current one, and a change. */
  sortable?: string[];
  sorting?: Sorting;
  onSort?: (sorting: Sorting) => void;
  page?: { page: number; totalPages: number; total: number; onPage: (page: number) => void };
  /** Every row of the current filter, for the CSV file. */
  exportRows?: () => Promise<Record<string, unknown>[]>;
  exportName?: string;
  /** The row a link pointed at, marked (`aria-current`) and shaded. */
  isCurrent?: (row: Row) => boolean;
}

/**
 * How a cell reads in a row's card on a phone: the row's first column is its title, a column with
 * the id `actions` holds its buttons (no label: they name themselves), and every other column is a
 * label and its value, side by side, or the value under its label when the card is too narrow for
 * both (the console, whose navigation keeps its width).
 */
const CARD_CELL = {
  title:
    'max-md:mb-1 max-md:flex max-md:items-baseline max-md:gap-2 max-md:border-b max-md:border-slate-100 max-md:pt-0 max-md:pb-2 max-md:text-base max-md:font-semibold',
  field: 'max-md:flex max-md:flex-wrap max-md:items-baseline max-md:gap-x-3 max-md:py-1',
  actions: 'max-md:flex max-md:flex-wrap max-md:gap-2 max-md:pt-2 max-md:empty:hidden',
};

/**
 * A cell's content. Its function is called, not mounted as a component as flexRender does: a page
 * writes its columns anew at each render, and a new function would be a new component, so React
 * would draw the cell's buttons anew each time and the one with the focus would lose it (a dialog
 * could not give the focus back to the button that opened it).
 */
function cellContent<Row>(cell: Cell<Row, unknown>) {
  const render = cell.column.columnDef.cell;
  return typeof render === 'function' ? render(cell.getContext()) : render;
}

/**
 * A table of a server-paged list: sortable headers, pages, and a CSV export of every matching row.
 *
 * Under the md breakpoint (a phone: where the portal's navigation folds into its Menu button) each
 * row is a card that needs no sideways scrolling, by CSS alone: the same elements, so the cards
 * are still a table to assistive technology, each value read with its column's header (the
 * visible labels are hidden from it, not to be read twice). The roles are written out because a
 * browser may drop a table's semantics once its cells are no longer displayed as cells (WebKit).
 * At md and wider nothing of this applies: the table is as it always was.
 */
export function DataTable<Row>({
  caption,
  rows,
  columns,
  sortable = [],
  sorting,
  onSort,
  page,
  exportRows,
  exportName,
  isCurrent,
}: DataTableProps<Row>) {
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), manualSorting: true, manualPagination: true });
  const [exporting, setExporting] = useState(false);

  async function exportCsv() {
    if (!exportRows) return;
    setExporting(true);
    try {
      downloadFile(`${exportName ?? 'export'}.csv`, toCsv(await exportRows()), 'text/csv');
    } finally {
      setExporting(false);
    }
  }

  const labels = new Map(table.getFlatHeaders().map((header) => [header.column.id, flexRender(header.column.columnDef.header, header.getContext())]));
  const sorts = (field: string) => sortable.includes(field) && onSort !== undefined;
  const anySort = table.getAllLeafColumns().some((column) => sorts(column.id));

  return (
    <div className="space-y-3">
      {/* Focusable, so a table wider than its box scrolls sideways with the keyboard too. */}
      <div
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-600 max-md:overflow-visible max-md:border-0 max-md:bg-transparent"
      >
        <table role="table" className="min-w-full divide-y divide-slate-200 text-sm max-md:block max-md:divide-y-0">
          <caption className="sr-only">{caption}</caption>
          {/* On a phone the headers are the cards' labels: only the sort buttons stay in sight, as a row of their own. */}
          <thead role="rowgroup" className={`bg-slate-50 max-md:mb-3 max-md:block max-md:bg-transparent ${anySort ? '' : 'max-md:sr-only'}`}>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} role="row" className="max-md:flex max-md:flex-wrap max-md:gap-2">
                {group.headers.map((header) => {
                  const field = header.column.id;
                  const active = sorting?.field === field;
                  const label = labels.get(field);
                  return (
                    <th
                      key={header.id}
                      role="columnheader"
                      scope="col"
                      aria-sort={active ? (sorting!.direction === 'ASC' ? 'ascending' : 'descending') : undefined}
                      className={`px-3 py-2 text-left font-semibold whitespace-nowrap text-slate-700 ${sorts(field) ? 'max-md:p-0' : 'max-md:sr-only'}`}
                    >
                      {sorts(field) ? (
                        <button
                          type="button"
                          className="inline-flex items-center gap-1 hover:underline max-md:rounded-md max-md:border max-md:border-slate-300 max-md:bg-white max-md:px-3 max-md:py-1.5"
                          onClick={() => onSort!({ field, direction: active && sorting!.direction === 'DESC' ? 'ASC' : 'DESC' })}
                        >
                          {label}
                          <span aria-hidden="true">{active ? (sorting!.direction === 'ASC' ? '▲' : '▼') : '↕'}</span>
                        </button>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody role="rowgroup" className="divide-y divide-slate-100 max-md:block max-md:space-y-3 max-md:divide-y-0">
            {table.getRowModel().rows.map((row) => (
              <tr
                key={row.id}
                role="row"
                aria-current={isCurrent?.(row.original) ? 'true' : undefined}
                className="hover:bg-slate-50 aria-[current=true]:bg-amber-50 max-md:block max-md:rounded-lg max-md:border max-md:border-slate-200 max-md:bg-white max-md:p-3 max-md:aria-[current=true]:border-amber-400 max-md:aria-[current=true]:bg-amber-50"
              >
                {row.getVisibleCells().map((cell, index) => {
                  const value = cellContent(cell);
                  const kind = cell.column.id === 'actions' ? 'actions' : index === 0 ? 'title' : 'field';
                  return (
                    <td key={cell.id} role="cell" className={`px-3 py-2 whitespace-nowrap max-md:px-0 max-md:whitespace-normal ${CARD_CELL[kind]}`}>
                      {kind === 'actions' ? (
                        value
                      ) : (
                        <>
                          {/* Its column's header already names the cell to a screen reader. */}
                          <span
                            aria-hidden="true"
                            className={`max-w-full shrink-0 text-slate-500 md:hidden ${kind === 'title' ? 'text-xs font-medium' : 'w-28'}`}
                          >
                            {labels.get(cell.column.id)}
                          </span>
                          <span className="min-w-0 max-md:grow max-md:basis-40 max-md:break-words">{value}</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        {page ? (
          <nav aria-label={`${caption} pages`} className="flex flex-wrap items-center gap-2">
            <Button variant="secondary" disabled={page.page <= 1} onClick={() => page.onPage(page.page - 1)}>
              Previous page
            </Button>
            <span>
              Page {page.page} of {Math.max(page.totalPages, 1)} · {page.total} in all
            </span>
            <Button variant="secondary" disabled={page.page >= page.totalPages} onClick={() => page.onPage(page.page + 1)}>
              Next page
            </Button>
          </nav>
        ) : (
          <span />
        )}
        {exportRows && (
          <Button variant="secondary" onClick={exportCsv} disabled={exporting}>
            {exporting ? 'Exporting…' : 'Export CSV'}
          </Button>
        )}
      </div>
    </div>
  );
}
