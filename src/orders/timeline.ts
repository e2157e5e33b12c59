import type { Executor } from '../infra/db/executor.ts';
import type { TransactionType } from '../infra/db/schema.ts';
import { formatMinor, minorToNumber } from '../money/minor-units.ts';
import { toRfc3339 } from '../shared/dates.ts';
import type { OrderRecord } from './orders.repository.ts';
import { orderView } from './orders.views.ts';
import { timelineRows } from './timeline.repository.ts';

export const TIMELINE_KINDS = ['placed', 'payment', 'refund', 'charge', 'delivery', 'event', 'operator', 'delivery_pending', 'completed'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineEntry {
  at: string;
  kind: TimelineKind;
  summary: string;
  actor: string | null;
  /** A payment, refund or charge: its ledger transaction, for a page to name and link (the client's statement line). */
  transaction?: { id: number; wallet_id: number; transaction_type: TransactionType; amount: number; currency_code: string };
  /** An event: the event sent. */
  event?: { id: string; type: string };
  /** An action (`operator`): its code, as the audit log records it, for a page to put into its own words. */
  action?: string;
  /** An action with remarks, read by the operator only. */
  remarks?: string;
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
 * Where each kind of entry comes among what one change of an order writes — one database
 * transaction, or the one statement that places a small order —, as the change happens: the
 * action that makes it, the money taken, the vouchers delivered, the money given back, the events
 * telling the client, the order completed. The order's placing is first of all, the delivery still
 * to come last of all.
 */
const PLACE_IN_A_CHANGE: Record<TimelineKind, number> = {
  placed: 0,
  operator: 1,
  payment: 2,
  charge: 3,
  delivery: 4,
  refund: 5,
  event: 6,
  completed: 7,
  delivery_pending: 8,
};

/** An entry with the exact time of what it tells of (`at` is that time to the second); a delivery's summary is written once merged. */
interface Timed {
  entry: TimelineEntry;
  time: Date;
  /** A ledger transaction: stamped when written, not at its change's start. */
  ledger?: boolean;
  vouchers?: number;
}

const MONEY_AND_DELIVERY = new Set<TimelineKind>(['payment', 'charge', 'refund', 'delivery']);

/**
 * The entries in the order things happened. Every row a change writes carries the change's start
 * (`now()`: the order's created_at and completed_at, its vouchers, events, audit entries), but for
 * its ledger transactions, which carry the moment they were written (`clock_timestamp()`, after
 * the wallet's lock, docs/ledger.md): later, in the next second at times, seconds later when the
 * lock was waited for. So a ledger transaction is taken at the start of its change (the latest of
 * the other rows' times not after its own); entries are ordered by exact instants, those of one
 * change by `PLACE_IN_A_CHANGE`; the completion never comes before the money and deliveries that
 * led to it. Each entry keeps its own time. A delivery's steps that follow one another within
 * one second are told as one.
 */
function inOrder(timed: Timed[]): TimelineEntry[] {
  const starts = timed.filter((item) => !item.ledger && item.entry.kind !== 'delivery_pending').map((item) => item.time.getTime());
  const changeStart = (item: Timed) => {
    const time = item.time.getTime();
    const before = item.ledger ? starts.filter((start) => start <= time) : [];
    return before.length > 0 ? Math.max(...before) : time;
  };
  const keyed = timed.map((item, index) => ({ item, index, key: changeStart(item) }));
  const ledTo = keyed.filter(({ item }) => MONEY_AND_DELIVERY.has(item.entry.kind)).map(({ key }) => key);
  for (const one of keyed) {
    const { kind } = one.item.entry;
    if (kind === 'placed') one.key = Number.NEGATIVE_INFINITY;
    if (kind === 'delivery_pending') one.key = Number.POSITIVE_INFINITY;
    if (kind === 'completed') one.key = Math.max(one.key, ...ledTo);
  }
  keyed.sort((a, b) => a.key - b.key || PLACE_IN_A_CHANGE[a.item.entry.kind] - PLACE_IN_A_CHANGE[b.item.entry.kind] || a.index - b.index);
  const merged: Timed[] = [];
  for (const { item } of keyed) {
    const last = merged.at(-1);
    if (item.vouchers !== undefined && last?.vouchers !== undefined && last.entry.at === item.entry.at) last.vouchers += item.vouchers;
    else merged.push({ ...item, entry: { ...item.entry } });
  }
  return merged.map(({ entry, vouchers }) =>
    vouchers === undefined ? entry : { ...entry, summary: `${vouchers} voucher${vouchers === 1 ? '' : 's'} delivered` },
  );
}

/**
 * What happened to an order, in order (`inOrder`): placed, paid, delivered (counts of vouchers,
 * never a code), refunded or charged again, the events its client was sent, the actions on it
 * (operators', and the client's people in the portal), and the delivery still to come. A money
 * entry carries its transaction and an event entry its event; the operator's summaries name
 * their ids too, the client's do not (its pages name them from those fields).
 */
export async function orderTimeline(db: Executor, record: OrderRecord, audience: TimelineAudience = 'operator'): Promise<TimelineEntry[]> {
  const forClient = audience === 'client';
  const order = orderView(record);
  const rows = await timelineRows(db, record);
  const stamped = (time: Date, entry: Omit<TimelineEntry, 'at'>, more: Partial<Timed> = {}): Timed => ({
    entry: { at: toRfc3339(time), ...entry },
    time,
    ...more,
  });
  const timed: Timed[] = [
    stamped(record.created_at, {
      kind: 'placed',
      summary: `Placed: ${order.quantity} × ${order.denomination} ${order.base_currency} of ${order.product_name}`,
      // A person in the portal, or the client's API credentials.
      actor: rows.audit.find((row) => row.action === 'portal.order.create')?.actor ?? `client:${record.client_id}`,
    }),
  ];
  let paid = false;
  for (const row of rows.transactions) {
    const minor = row.amount < 0n ? -row.amount : row.amount;
    const amount = `${formatMinor(minor, row.minor_units)} ${row.currency}`;
    const kind: TimelineKind = row.transaction_type === 'CREDIT' ? 'refund' : paid ? 'charge' : 'payment';
    paid ||= kind === 'payment';
    const wallet = forClient ? '' : ` ${kind === 'refund' ? 'to' : 'from'} wallet ${order.wallet_id}`;
    const summary = kind === 'refund' ? `Refunded ${amount}${wallet}` : kind === 'payment' ? `Paid ${amount}${wallet}` : `Charged again ${amount}`;
    const transaction = {
      id: row.id,
      wallet_id: row.wallet_id,
      transaction_type: row.transaction_type,
      amount: minorToNumber(minor, row.minor_units),
      currency_code: row.currency,
    };
    timed.push(
      stamped(
        row.created_at,
        { kind, summary: forClient ? summary : `${summary} (transaction ${row.id})`, actor: row.actor, transaction },
        { ledger: true },
      ),
    );
  }
  for (const row of rows.deliveries) {
    timed.push(stamped(row.at, { kind: 'delivery', summary: '', actor: forClient ? null : record.supplier }, { vouchers: row.count }));
  }
  for (const row of rows.events) {
    const summary = forClient ? `Event ${row.type}` : `Event ${row.type} (${row.public_id})`;
    timed.push(stamped(row.created_at, { kind: 'event', summary, actor: null, event: { id: row.public_id, type: row.type } }));
  }
  for (const row of rows.audit) {
    const remarks = !forClient && typeof row.details.remarks === 'string' ? row.details.remarks : undefined;
    const summary = forClient ? (CLIENT_ACTIONS[row.action] ?? row.action) : `${row.action}${remarks === undefined ? '' : `: ${remarks}`}`;
    timed.push(
      stamped(row.created_at, { kind: 'operator', summary, actor: row.actor, action: row.action, ...(remarks === undefined ? {} : { remarks }) }),
    );
  }
  // Still being delivered: PENDING, or PARTIALLY_DELIVERED with the rest still to come.
  if (rows.job && record.completed_at === null) {
    const failed =
      !forClient && rows.job.attempts > 0
        ? `; ${rows.job.attempts} attempt${rows.job.attempts === 1 ? '' : 's'} so far${rows.job.last_error ? `, the last: ${rows.job.last_error}` : ''}`
        : '';
    timed.push(stamped(rows.job.run_at, { kind: 'delivery_pending', summary: `Next delivery attempt${failed}`, actor: null }));
  }
  if (record.completed_at) timed.push(stamped(record.completed_at, { kind: 'completed', summary: `Completed: ${order.status}`, actor: null }));
  return inOrder(timed);
}
