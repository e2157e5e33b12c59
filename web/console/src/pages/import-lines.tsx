import type { ColumnDef } from '@tanstack/react-table';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { SelectField } from '../../../shared/ui/field.tsx';
import { ProgressBar } from '../../../shared/ui/progress-bar.tsx';
import { Empty } from '../../../shared/ui/states.tsx';
import type { Progress } from '../imports.ts';
import { pageRows } from '../local-list.ts';

/** What an import does with one line of the file, as its preview shows it. */
export interface LineOutcome {
  line: number;
  outcome: 'created' | 'updated' | 'unchanged' | 'error';
  product?: string;
  message?: string;
}

const OUTCOMES = ['error', 'created', 'updated', 'unchanged'] as const;
export type OutcomeFilter = (typeof OUTCOMES)[number];
export const outcomeFilter = (value: unknown): OutcomeFilter | undefined => OUTCOMES.find((outcome) => outcome === value);

const PAGE_SIZE = 50;
const LABELS = { error: 'Error', created: 'Created', updated: 'Updated', unchanged: 'Unchanged' };

/** Every line's outcome, errors first, a page at a time, filterable by outcome, as CSV. */
export function LineOutcomes({
  caption,
  lines,
  outcome,
  page,
  onFilter,
  exportName,
}: {
  caption: string;
  lines: LineOutcome[];
  outcome?: OutcomeFilter;
  page?: number;
  onFilter: (patch: { outcome?: OutcomeFilter; page?: number }) => void;
  exportName: string;
}) {
  const withProduct = lines.some((line) => line.product !== undefined);
  const columns: ColumnDef<LineOutcome, unknown>[] = [
    { id: 'line', header: 'Line', accessorKey: 'line' },
    ...(withProduct ? [{ id: 'product', header: 'Product', cell: ({ row }) => row.original.product ?? '—' } as ColumnDef<LineOutcome, unknown>] : []),
    {
      id: 'outcome',
      header: 'Outcome',
      cell: ({ row }) => <span className={row.original.outcome === 'error' ? 'font-medium text-red-700' : ''}>{LABELS[row.original.outcome]}</span>,
    },
    { id: 'message', header: 'Message', cell: ({ row }) => <span className="whitespace-normal">{row.original.message ?? ''}</span> },
  ];
  const sorted = [...lines].sort((a, b) => Number(b.outcome === 'error') - Number(a.outcome === 'error') || a.line - b.line);
  const shown = outcome ? sorted.filter((line) => line.outcome === outcome) : sorted;
  const current = pageRows(shown, page, PAGE_SIZE);
  const present = OUTCOMES.filter((kind) => lines.some((line) => line.outcome === kind));
  return (
    <div className="space-y-3">
      {present.length > 1 && (
        <div className="max-w-xs">
          <SelectField
            label="Show lines"
            value={outcome ?? ''}
            options={[{ value: '', label: 'Every line' }, ...present.map((kind) => ({ value: kind, label: `${LABELS[kind]} only` }))]}
            onChange={(event) => onFilter({ outcome: outcomeFilter(event.target.value), page: undefined })}
          />
        </div>
      )}
      {shown.length === 0 ? (
        <Empty title="No line matches this filter" />
      ) : (
        <DataTable
          caption={caption}
          rows={current.items}
          columns={columns}
          page={{ ...current.page, onPage: (next) => onFilter({ outcome, page: next }) }}
          exportName={exportName}
          exportRows={async () => shown.map((line) => ({ ...line }))}
        />
      )}
    </div>
  );
}

const PHASES: Record<string, string> = { validate: 'Checking', write: 'Writing' };

/** The progress of a running import, as the store reports it. */
export function ImportProgress({ progress, unit }: { progress: Progress | null; unit: string }) {
  if (!progress)
    return (
      <p role="status" className="text-sm text-slate-600">
        Sending the file…
      </p>
    );
  return <ProgressBar label={`${PHASES[progress.phase] ?? progress.phase} ${unit}`} done={progress.done} total={progress.total} />;
}

/** The bad lines of a file and of the store's check, in line order, one row per problem. */
export const errorLines = (...lists: { line: number; message: string }[][]): LineOutcome[] =>
  lists.flat().map(({ line, message }) => ({ line, outcome: 'error' as const, message }));
