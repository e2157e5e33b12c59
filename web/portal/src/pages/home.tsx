import { useQuery } from '@tanstack/react-query';
import { Link, useRouteContext } from '@tanstack/react-router';
import { portalApi, unwrap } from '../../../shared/api.ts';
import { can } from '../session.ts';
import { amount, day, label } from '../format.ts';
import { Empty, QueryResult } from '../../../shared/ui/states.tsx';
import { LowBalanceAlerts } from './low-balance.tsx';
import { BuyLink } from './buy-link.tsx';

/** The account at a glance: wallet balances, what was spent this month, and the latest orders. */
export function HomePage() {
  const { session } = useRouteContext({ from: '/app' });
  const wallets = useQuery({
    queryKey: ['wallets'],
    queryFn: () => unwrap(portalApi.GET('/portal/v1/wallets')),
    enabled: can(session, 'wallets.read'),
  });
  const spend = useQuery({
    queryKey: ['spend'],
    queryFn: () => unwrap(portalApi.GET('/portal/v1/spend')),
    enabled: can(session, 'transactions.read'),
  });
  const orders = useQuery({
    queryKey: ['orders', 'latest'],
    queryFn: () => unwrap(portalApi.GET('/portal/v1/orders', { params: { query: { limit: 5 } } })),
    enabled: can(session, 'orders.read'),
  });
  return (
    <>
      <h1 className="text-2xl font-semibold">Your account</h1>
      {can(session, 'wallets.read') && (
        <section aria-labelledby="balances" className="space-y-2">
          <h2 id="balances" className="text-lg font-semibold">
            Wallet balances
          </h2>
          <QueryResult
            query={wallets}
            what="wallets"
            isEmpty={(data) => data.length === 0}
            empty={<Empty title="No wallets yet">The store's operator opens your wallets and tops them up.</Empty>}
          >
            {(data) => (
              <ul className="grid gap-3 md:grid-cols-3">
                {data.map((wallet) => (
                  <li key={wallet.id} className="rounded-lg border border-slate-200 bg-white p-4">
                    <p className="text-sm text-slate-600">{wallet.name}</p>
                    <p className="text-2xl font-semibold">{amount(wallet.amount, wallet.currency_code)}</p>
                  </li>
                ))}
              </ul>
            )}
          </QueryResult>
        </section>
      )}
      {can(session, 'transactions.read') && (
        <section aria-labelledby="spend" className="space-y-2">
          <h2 id="spend" className="text-lg font-semibold">
            Spent this month
          </h2>
          <QueryResult
            query={spend}
            what="this month's spend"
            isEmpty={(data) => data.currencies.length === 0}
            empty={(data) => (
              <Empty title="Nothing spent this month">Orders placed since {day(data.since)} (UTC) count here, less their refunds.</Empty>
            )}
          >
            {(data) => (
              <ul className="grid gap-3 md:grid-cols-3">
                {data.currencies.map((line) => (
                  <li key={line.currency_code} className="rounded-lg border border-slate-200 bg-white p-4">
                    <p className="text-sm text-slate-600">
                      {line.currency_code}, {line.orders} order{line.orders === 1 ? '' : 's'} since {day(data.since)}
                    </p>
                    <p className="text-2xl font-semibold">{amount(line.amount, line.currency_code)}</p>
                  </li>
                ))}
              </ul>
            )}
          </QueryResult>
        </section>
      )}
      {can(session, 'wallets.read') && <LowBalanceAlerts manage={can(session, 'wallets.alerts')} />}
      {can(session, 'orders.read') && (
        <section aria-labelledby="latest-orders" className="space-y-2">
          <h2 id="latest-orders" className="text-lg font-semibold">
            Latest orders
          </h2>
          <QueryResult query={orders} what="orders" isEmpty={(data) => data.length === 0} empty={<Empty title="No orders yet" />}>
            {(data) => (
              <>
                <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
                  {data.map((order) => (
                    <li key={order.id} className="flex flex-wrap justify-between gap-x-4 px-4 py-2">
                      <span>
                        <Link to="/orders/$orderId" params={{ orderId: String(order.id) }} className="font-medium text-blue-700 underline">
                          Order {order.id}
                        </Link>
                        : {order.quantity} × {order.product_name}
                      </span>
                      <span>
                        {label('orderStatus', order.status)} · {amount(order.total_payable, order.deduction_currency)}
                      </span>
                    </li>
                  ))}
                </ul>
                <Link to="/orders" className="inline-block text-sm text-blue-700 underline">
                  All orders
                </Link>
              </>
            )}
          </QueryResult>
          {can(session, 'orders.create') && <BuyLink />}
        </section>
      )}
    </>
  );
}
