import { EVENT_TYPES } from '../../../src/events/event-types.ts';
import { AUDIT_ACTIONS } from '../../shared/audit-words.ts';

export { money as amount, time } from '../../shared/format.ts';

/** The date of an RFC 3339 time (UTC), e.g. 2026-12-01. */
export const day = (value: string) => value.slice(0, 10);

/**
 * How the store's codes read on the portal's pages: the one mapping of every status, type and
 * kind the pages show. The codes themselves stay what the API takes and answers: the filters
 * send them, the CSV files hold them.
 */
const LABELS = {
  orderStatus: {
    PENDING: 'Pending',
    DELIVERED: 'Delivered',
    PARTIALLY_DELIVERED: 'Partly delivered',
    FAILED: 'Failed',
    CANCELLED: 'Cancelled',
  },
  transactionType: { CREDIT: 'Credit', DEBIT: 'Debit' },
  /** What sent a webhook delivery attempt. */
  attemptKind: { event: 'Event', redeliver: 'Sent again', test: 'Test ping' },
  /** Where a webhook delivery stands after its latest attempt. */
  deliveryStatus: { pending: 'Will be retried', succeeded: 'Delivered', failed: 'Given up' },
  eventType: {
    'order.delivered': 'Order delivered',
    'order.partially_delivered': 'Order partly delivered',
    'order.failed': 'Order failed',
    'order.cancelled': 'Order cancelled',
    'wallet.credited': 'Wallet credited',
    'wallet.debited': 'Wallet debited',
    'wallet.low_balance': 'Wallet low on balance',
    ping: 'Test ping',
    '*': 'All event types',
  } satisfies Record<(typeof EVENT_TYPES)[number] | 'ping' | '*', string>,
  /** What happened, on the Activity page: every action the store records (web/shared/audit-words.ts). */
  auditAction: AUDIT_ACTIONS,
} as const;

type Kind = keyof typeof LABELS;

/** A code in words (an unknown one, as the store wrote it). */
export const label = (kind: Kind, code: string): string => (LABELS[kind] as Record<string, string>)[code] ?? code;

/** The choices of a filter: each code as its value, in words as its label. */
export const choices = (kind: Kind, codes: readonly string[]) => codes.map((code) => ({ value: code, label: label(kind, code) }));

export const ORDER_STATUSES = Object.keys(LABELS.orderStatus);
