import { EVENT_TYPES } from '../../../src/events/event-types.ts';

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
  /** What happened, on the Activity page: every action the store records for a client's people (test/portal/activity-words.test.ts). */
  auditAction: {
    'portal.session.sign_in': 'Signed in',
    'portal.session.sign_out': 'Signed out',
    'portal.session.end': 'Ended a session',
    'portal.sign_in_failed': 'Sign-in refused: wrong one-time code',
    'portal.user.invite': 'Invited a team member',
    'portal.invitation.accept': 'Accepted the invitation',
    'portal.user.role': "Changed a team member's role",
    'portal.user.activate': 'Activated a team member',
    'portal.user.deactivate': 'Deactivated a team member',
    'portal.password_reset.request': 'Asked for a password reset',
    'portal.password_reset.complete': 'Reset the password',
    'portal.password.change': 'Changed the password',
    'portal.totp.enrol': 'Started setting up two-factor authentication',
    'portal.totp.enable': 'Turned on two-factor authentication',
    'portal.totp.disable': 'Turned off two-factor authentication',
    'portal.totp.reset': 'Reset two-factor authentication',
    'portal.codes.reveal': 'Revealed voucher codes',
    'portal.order.create': 'Placed an order',
    'portal.webhook.create': 'Added a webhook endpoint',
    'portal.webhook.update': 'Changed a webhook endpoint',
    'portal.webhook.delete': 'Deleted a webhook endpoint',
    'portal.webhook.rotate_secret': "Rotated a webhook endpoint's secret",
    'portal.webhook.test': 'Sent a webhook test ping',
    'portal.webhook.recover': 'Recovered webhook events',
    'portal.event.redeliver': 'Sent an event again',
    'portal.wallet.low_balance': 'Changed a low-balance threshold',
    'portal.credential.create': 'Created an API credential',
    'portal.credential.revoke': 'Revoked an API credential',
    'portal.ip_allowlist.change': 'Changed the IP allowlist',
  },
} as const;

type Kind = keyof typeof LABELS;

/** A code in words (an unknown one, as the store wrote it). */
export const label = (kind: Kind, code: string): string => (LABELS[kind] as Record<string, string>)[code] ?? code;

/** The choices of a filter: each code as its value, in words as its label. */
export const choices = (kind: Kind, codes: readonly string[]) => codes.map((code) => ({ value: code, label: label(kind, code) }));

export const ORDER_STATUSES = Object.keys(LABELS.orderStatus);
