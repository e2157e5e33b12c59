import { useMutation } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { adminApi, unwrap } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/admin-api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { DataTable } from '../../../shared/ui/data-table.tsx';
import { ErrorNotice } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { time } from '../format.ts';

type Check = components['schemas']['ReconciliationReport']['checks'][number];

const CHECK_COLUMNS: ColumnDef<Check, unknown>[] = [
  { id: 'description', header: 'Check', accessorKey: 'description' },
  { id: 'ok', header: 'Result', cell: ({ row }) => (row.original.ok ? 'Holds' : 'Broken') },
  { id: 'breaks', header: 'Breaks', accessorKey: 'breaks' },
];

/** Runs every ledger check on one consistent snapshot and reads the report. */
export function ReconcilePage() {
  const run = useMutation({ mutationFn: () => unwrap(adminApi.GET('/admin/v1/ledger/reconciliation')) });
  const report = run.data;
  return (
    <>
      <PageHeader title="Reconcile the ledger">
        <Button onClick={() => run.mutate()} disabled={run.isPending}>
          {run.isPending ? 'Checking…' : 'Run the checks'}
        </Button>
      </PageHeader>
      <p className="max-w-3xl text-sm text-slate-600">
        Every balance against its transactions and entries, every transaction balanced, every order paid exactly and its vouchers counted. Read-only;
        it may take a while on a large ledger.
      </p>
      {run.isError && <ErrorNotice error={run.error} onRetry={() => run.mutate()} />}
      {report && (
        <section aria-labelledby="report" className="space-y-3">
          <h2 id="report" role="status" className={`text-lg font-semibold ${report.ok ? 'text-green-800' : 'text-red-800'}`}>
            {report.ok ? 'Every invariant holds' : 'The ledger has breaks'} · {time(report.checked_at)}
          </h2>
          <p className="text-sm">
            {report.summary.wallets} wallets, {report.summary.transactions} transactions, {report.summary.entries} entries, {report.summary.accounts}{' '}
            accounts in {report.summary.currencies} currencies.
          </p>
          <DataTable caption="Checks" rows={report.checks} columns={CHECK_COLUMNS} />
          {report.breaks.length > 0 && (
            <ul className="list-disc pl-5 text-sm text-red-900">
              {report.breaks.map((item, index) => (
                <li key={index}>{item.message}</li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
