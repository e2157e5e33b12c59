import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { adminApi, unwrap, unwrapPage } from '../../../shared/api.ts';
import { ErrorNotice, Loading } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';

const PENDING_TOO_LONG_MINUTES = 10;

function startOfTodayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** What needs attention: today's orders, orders stuck in PENDING, and stock running low. */
export function OverviewPage() {
  const today = useQuery({
    queryKey: ['overview', 'orders-today'],
    queryFn: () => unwrapPage(adminApi.GET('/admin/v1/orders', { params: { query: { start_date: startOfTodayUtc(), limit: 1 } } })),
  });
  const stuck = useQuery({
    queryKey: ['overview', 'pending'],
    queryFn: () => {
      const before = new Date(Date.now() - PENDING_TOO_LONG_MINUTES * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
      return unwrapPage(adminApi.GET('/admin/v1/orders', { params: { query: { status: 'PENDING', end_date: before, limit: 1 } } }));
    },
  });
  const stock = useQuery({ queryKey: ['overview', 'stock'], queryFn: () => unwrap(adminApi.GET('/admin/v1/inventory/stock')) });
  const low = stock.data?.filter((level) => level.low_stock) ?? [];

  return (
    <>
      <PageHeader title="Overview" />
      <div className="grid gap-4 md:grid-cols-3">
        <Tile
          title="Orders today (UTC)"
          query={today}
          value={(data) => String(data.page.total)}
          link={{ to: '/orders', search: { start_date: startOfTodayUtc() } }}
        />
        <Tile
          title={`Pending longer than ${PENDING_TOO_LONG_MINUTES} minutes`}
          query={stuck}
          value={(data) => String(data.page.total)}
          link={{ to: '/orders', search: { status: 'PENDING' } }}
        />
        <Tile title="Stock below its threshold" query={stock} value={() => String(low.length)} />
      </div>
      {low.length > 0 && (
        <section aria-labelledby="low-stock" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
          <h2 id="low-stock" className="mb-2 font-semibold">
            Low stock
          </h2>
          <ul className="list-disc pl-5">
            {low.map((level) => (
              <li key={`${level.product_id}-${level.denomination}`}>
                {level.product_name} {level.denomination} {level.currency}: {level.available} left (threshold {level.threshold})
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function Tile<T>({
  title,
  query,
  value,
  link,
}: {
  title: string;
  query: { isPending: boolean; isError: boolean; error: unknown; data?: T; refetch: () => unknown };
  value: (data: T) => string;
  link?: { to: '/orders'; search: Record<string, string> };
}) {
  return (
    <section aria-label={title} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-sm text-slate-600">{title}</h2>
      {query.isPending ? (
        <Loading what={title.toLowerCase()} />
      ) : query.isError ? (
        <ErrorNotice error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <p className="mt-1 text-3xl font-semibold">
          {link ? (
            <Link to={link.to} search={link.search} className="hover:underline">
              {value(query.data as T)}
            </Link>
          ) : (
            value(query.data as T)
          )}
        </p>
      )}
    </section>
  );
}
