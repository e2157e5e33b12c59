import type { Executor } from '../infra/db/executor.ts';
import { formatMinor } from '../money/minor-units.ts';
import { toRfc3339 } from '../shared/dates.ts';
import type { AdminOrderView } from './orders.views.ts';
import { timelineRows } from './timeline.repository.ts';

export const TIMELINE_KINDS = ['placed', 'payment', 'refund', 'charge', 'delivery', 'event', 'operator', 'delivery_pending', 'completed'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineEntry {
  at: string;
  kind: TimelineKind;
  summary: string;
  actor: string | null;
}

/**
 * Who reads a timeline: the operator, or the order's own client (the portal), who is not shown the
 * store's side of it — the supplier that delivered, an operator's remarks on an action, a failed
 * delivery attempt's error — only that it happened.
 */
export type TimelineAudience = 'operator' | 'client';

/** What the client's timeline says of the actions on an order (the operator's shows the action's name). */
const CLIENT_ACTIONS: Record<string, string> = {
  'portal.order.create': 'Placed in the portal',
  'portal.codes.reveal': 'Codes revealed in the portal',
  'order.cancel': 'Cancelled by the operator',
  'order.retry': 'Undelivered vouchers sent again by the operator',
};

/**
 * What happened to an order, in order: placed, paid, delivered (counts of vouchers, never a code),
 * refunded or charged again, the events its client was sent, the actions on it (operators', and
 * the client's people in the portal), and the delivery still to come.
 */
export async function orderTimeline(db: Executor, order: AdminOrderView, audience: TimelineAudience = 'operator'): Promise<TimelineEntry[]> {
  const forClient = audience === 'client';
  const rows = await timelineRows(db, order);
  const entries: TimelineEntry[] = [
    {
      at: order.created_at,
      kind: 'placed',
      summary: `Placed: ${order.quantity} × ${order.denomination} ${order.base_currency} of ${order.product_name}`,
      // A person in the portal, or the client's API credentials.
      actor: rows.audit.find((row) => row.action === 'portal.order.create')?.actor ?? `client:${order.client_id}`,
    },
  ];
  for (const row of rows.transactions) {
    const amount = `${formatMinor(row.amount < 0n ? -row.amount : row.amount, row.minor_units)} ${row.currency}`;
    const kind: TimelineKind =
      row.transaction_type === 'CREDIT' ? 'refund' : entries.some((entry) => entry.kind === 'payment') ? 'charge' : 'payment';
    const summary =
      kind === 'refund'
        ? `Refunded ${amount} to wallet ${order.wallet_id}`
        : kind === 'payment'
          ? `Paid ${amount} from wallet ${order.wallet_id}`
          : `Charged again ${amount}`;
    entries.push({ at: toRfc3339(row.created_at), kind, summary: `${summary} (transaction ${row.id})`, actor: row.actor });
  }
  for (const row of rows.deliveries) {
    entries.push({
      at: toRfc3339(row.at),
      kind: 'delivery',
      summary: `${row.count} voucher${row.count === 1 ? '' : 's'} delivered`,
      actor: forClient ? null : order.supplier,
    });
  }
  for (const row of rows.events)
    entries.push({ at: toRfc3339(row.created_at), kind: 'event', summary: `Event ${row.type} (${row.public_id})`, actor: null });
  for (const row of rows.audit) {
    const remarks = typeof row.details.remarks === 'string' ? `: ${row.details.remarks}` : '';
    const summary = forClient ? (CLIENT_ACTIONS[row.action] ?? row.action) : `${row.action}${remarks}`;
    entries.push({ at: toRfc3339(row.created_at), kind: 'operator', summary, actor: row.actor });
  }
  if (rows.job && order.status === 'PENDING') {
    const failed =
      !forClient && rows.job.attempts > 0
        ? `; ${rows.job.attempts} attempt${rows.job.attempts === 1 ? '' : 's'} so far${rows.job.last_error ? `, the last: ${rows.job.last_error}` : ''}`
        : '';
    entries.push({ at: toRfc3339(rows.job.run_at), kind: 'delivery_pending', summary: `Next delivery attempt${failed}`, actor: null });
  }
  if (order.completed_at) entries.push({ at: order.completed_at, kind: 'completed', summary: `Completed: ${order.status}`, actor: null });
  // A stable sort: entries of one second keep the order above (placed, paid, delivered…).
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}
