import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
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
}

/** A table of a server-paged list: sortable headers, pages, and a CSV export of every matching row. */
export function DataTable<Row>({ caption, rows, columns, sortable = [], sorting, onSort, page, exportRows, exportName }: DataTableProps<Row>) {
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

  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const field = header.column.id;
                  const active = sorting?.field === field;
                  const label = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={active ? (sorting!.direction === 'ASC' ? 'ascending' : 'descending') : undefined}
                      className="px-3 py-2 text-left font-semibold whitespace-nowrap text-slate-700"
                    >
                      {sortable.includes(field) && onSort ? (
                        <button
                          type="button"
                          className="inline-flex items-center gap-1 hover:underline"
                          onClick={() => onSort({ field, direction: active && sorting!.direction === 'DESC' ? 'ASC' : 'DESC' })}
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
          <tbody className="divide-y divide-slate-100">
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="hover:bg-slate-50">
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className="px-3 py-2 whitespace-nowrap">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        {page ? (
          <nav aria-label={`${caption} pages`} className="flex items-center gap-2">
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
