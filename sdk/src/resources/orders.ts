import { Listing, type Api, type CallOptions } from '../api.js';
import { sdkError } from '../errors.js';
import { sleep } from '../retry.js';
import type { CreateOrderInput, Id, Order } from '../types.js';

export interface CreateOrderOptions extends CallOptions {
  /**
   * The order's `Idempotency-Key` (1 … 255 printable ASCII characters). Default: a new UUID per
   * call. Every retry of the call sends the same one, so the order is placed and paid at most once.
   */
  idempotencyKey?: string;
}

export interface WaitOptions extends CallOptions {
  /** Give up after this long (default 120,000): `TIMEOUT`. */
  timeoutMs?: number;
  /** Between two reads of the order (default 1,000). */
  intervalMs?: number;
}

/** No further change comes by itself: delivered, failed, cancelled, or partially delivered for good. */
export function isFinal(order: Pick<Order, 'status' | 'completed_at'>): boolean {
  if (order.status === 'PARTIALLY_DELIVERED') return order.completed_at !== null;
  return order.status !== 'PENDING';
}

export class Orders extends Listing<'/api/v1/orders'> {
  constructor(api: Api) {
    super(api, '/api/v1/orders');
  }

  /**
   * Places an order (debits the wallet). Retried after 429, 503, a lost answer or a timeout, and
   * while the store still runs a request with the same key (409 IDEMPOTENCY_IN_PROGRESS).
   */
  create(input: CreateOrderInput, options: CreateOrderOptions = {}): Promise<Order> {
    const { idempotencyKey = crypto.randomUUID(), ...call } = options;
    return this.api.data('post', '/api/v1/orders', {
      body: input,
      headers: { 'idempotency-key': idempotencyKey },
      retry: 'safe',
      retryWhen: (error) => error.status === 409 && error.code === 'IDEMPOTENCY_IN_PROGRESS',
      ...call,
    });
  }

  /** One order, with its vouchers once delivered. */
  get(id: Id, options: CallOptions = {}): Promise<Order> {
    return this.api.data('get', '/api/v1/orders/{id}', { params: { id }, ...options });
  }

  /** Reads the order until it is final (`isFinal`), and answers it as it then is. */
  async waitUntilFinal(id: Id, options: WaitOptions = {}): Promise<Order> {
    const { timeoutMs = 120_000, intervalMs = 1_000, signal } = options;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const order = await this.get(id, { signal });
      if (isFinal(order)) return order;
      const left = deadline - Date.now();
      if (left <= 0) throw sdkError('TimeoutError', 'TIMEOUT', `Order ${id} is still ${order.status} after ${timeoutMs} ms`);
      await sleep(Math.min(intervalMs, left), signal);
    }
  }
}
