/**
 * Event types of api.md 7 (`ping` is sent only by `POST /webhooks/:id/test`). A module of its own,
 * with no imports, so the client portal's pages list the same types as the store.
 */
export const EVENT_TYPES = [
  'order.delivered',
  'order.partially_delivered',
  'order.failed',
  'order.cancelled',
  'wallet.credited',
  'wallet.debited',
  'wallet.low_balance',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
