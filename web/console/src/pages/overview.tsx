import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { adminApi, unwrap } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/admin-api.ts';
import { BarChart } from '../../../shared/ui/bar-chart.tsx';
import { ErrorNotice, Loading } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { money, time } from '../format.ts';

type Overview = components['schemas']['Overview'];

/** The store at a glance, from one request (GET /admin/v1/overview). */
export function OverviewPage() {
  const overview = useQuery({ queryKey: ['overview'], queryFn: () => unwrap(adminApi.GET('/admin/v1/overview')), refetchInterval: 60_000 });
  if (overview.isPending) return <Loading what="the overview" />;
  if (overview.isError) return <ErrorNotice error={overview.error} onRetry={() => overview.refetch()} />;
  const view = overview.data;
  return (
    <>
      <PageHeader title="Overview" />
      <p className="text-xs text-slate-500">As of {time(view.generated_at)}</p>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        <Tile title="Orders today (UTC)">
          <PerCurrency rows={view.orders_today} empty="No orders today" />
        </Tile>
        <Tile title="Orders this week">
          <PerCurrency rows={view.orders_this_week} empty="No orders this week" />
        </Tile>
        <Tile title={`Pending longer than ${view.pending_alert_minutes} minutes`} alert={view.pending_too_long > 0}>
          <Link to="/orders" search={{ status: 'PENDING' }} className="text-3xl font-semibold hover:underline">
            {view.pending_too_long}
          </Link>
        </Tile>
        <Tile title="Webhooks" alert={view.webhooks.failing + view.webhooks.disabled > 0}>
          <p>
            <strong className="text-2xl">{view.webhooks.failing}</strong> failing · <strong className="text-2xl">{view.webhooks.disabled}</strong>{' '}
            disabled
          </p>
        </Tile>
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <Tile title="Client wallets">
          {view.wallet_balances.length === 0 ? (
            <p className="text-sm text-slate-500">No wallets yet</p>
          ) : (
            <ul className="text-sm">
              {view.wallet_balances.map((row) => (
                <li key={row.currency}>
                  {money(row.balance, row.currency)} in {row.wallets} wallet{row.wallets === 1 ? '' : 's'}
                </li>
              ))}
            </ul>
          )}
        </Tile>
        <Tile title="Operator accounts">
          {view.operator_accounts.length === 0 ? (
            <p className="text-sm text-slate-500">No postings yet</p>
          ) : (
            <table className="w-full text-sm">
              <caption className="sr-only">Operator accounts</caption>
              <tbody>
                {view.operator_accounts.map((row) => (
                  <tr key={`${row.kind}-${row.currency}`}>
                    <th scope="row" className="py-0.5 pr-3 text-left align-top font-normal">
                      {/* Its name, then the ledger's own code of its kind, which reconciliation and docs/ledger.md speak of. */}
                      {accountName(row)} <span className="font-mono text-xs text-slate-500">{row.kind}</span>
                    </th>
                    <td className="py-0.5 text-right align-top whitespace-nowrap tabular-nums">{money(row.balance, row.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Tile>
        <Tile title="Last reconciliation" alert={view.last_reconciliation?.ok === false}>
          <Reconciliation outcome={view.last_reconciliation} />
        </Tile>
      </div>
      {view.low_stock.length > 0 && (
        <section aria-labelledby="low-stock" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
          <h2 id="low-stock" className="mb-2 font-semibold">
            Low stock
          </h2>
          <ul className="list-disc pl-5">
            {view.low_stock.map((level) => (
              <li key={`${level.product_id}-${level.denomination}`}>
                {level.product_name} {level.denomination} {level.currency}: {level.available} left
                {level.threshold !== null && ` (threshold ${level.threshold})`}
              </li>
            ))}
          </ul>
          <p className="mt-2">
            <Link to="/inventory" search={{ low: true }} className="text-blue-700 underline">
              {view.low_stock_count > view.low_stock.length
                ? `See all ${view.low_stock_count.toLocaleString('en-US')} low-stock values`
                : 'See them in the inventory'}
            </Link>
          </p>
        </section>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <BarChart title="Orders per hour, last 24 hours (UTC)" bars={hourlyBars(view)} unit="orders" />
        <BarChart title="Revenue per day, last 14 days" bars={revenueBars(view)} unit="charged" />
      </div>
    </>
  );
}

/** The store's own ledger accounts as people call them (a kind this console does not know reads as it is). */
const ACCOUNT_NAMES: Record<string, string> = {
  FUNDING: 'Funding',
  REVENUE: 'Revenue',
  SUPPLIER_PAYABLE: 'Supplier payable',
  FX: 'Currency exchange',
};
const accountName = (account: Overview['operator_accounts'][number]) => `${ACCOUNT_NAMES[account.kind] ?? account.kind} (${account.currency})`;

/** The last 24 hours, one bar each, hours without orders at zero. */
function hourlyBars(view: Overview) {
  const counts = new Map(view.orders_per_hour.map((row) => [row.hour, row.orders]));
  const last = Date.parse(view.generated_at.slice(0, 13) + ':00:00Z');
  return Array.from({ length: 24 }, (_, index) => {
    const hour = new Date(last - (23 - index) * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return { label: hour.slice(11, 16), value: counts.get(hour) ?? 0 };
  });
}

function revenueBars(view: Overview) {
  return view.revenue_per_day.map((row) => ({ label: `${row.day.slice(5)} ${row.currency}`, value: row.charged }));
}

function Reconciliation({ outcome }: { outcome: Overview['last_reconciliation'] }) {
  if (!outcome) return <p className="text-sm text-slate-500">Never run on this store</p>;
  if (outcome.ok) return <p className="text-sm">Every invariant held · {time(outcome.checked_at)}</p>;
  return (
    <div className="text-sm">
      <p>
        {outcome.breaks} {outcome.breaks === 1 ? 'break' : 'breaks'} · {time(outcome.checked_at)}. Failed:
      </p>
      <ul className="list-disc pl-5">
        {outcome.failed_check_descriptions.map((description, index) => (
          <li key={outcome.failed_checks[index]}>{description}</li>
        ))}
      </ul>
      <Link to="/reconcile" className="underline">
        Run the checks again on Reconcile
      </Link>
    </div>
  );
}

function PerCurrency({ rows, empty }: { rows: Overview['orders_today']; empty: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">{empty}</p>;
  return (
    <ul className="text-sm">
      {rows.map((row) => (
        <li key={row.currency}>
          <strong className="text-2xl">{row.orders}</strong> order{row.orders === 1 ? '' : 's'}, {money(row.charged, row.currency)}
        </li>
      ))}
    </ul>
  );
}

function Tile({ title, alert, children }: { title: string; alert?: boolean; children: React.ReactNode }) {
  return (
    <section aria-label={title} className={`rounded-lg border p-4 ${alert ? 'border-amber-400 bg-amber-50' : 'border-slate-200 bg-white'}`}>
      <h2 className="mb-1 text-sm text-slate-600">{title}</h2>
      {children}
    </section>
  );
}
