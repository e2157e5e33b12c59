import { Listing, type Api, type CallOptions } from '../api.js';
import type {
  CreateWebhookInput,
  Id,
  Redelivery,
  StoreEvent,
  UpdateWebhookInput,
  Webhook,
  WebhookAttempt,
  WebhookAttemptQuery,
  WebhookTestResult,
  WebhookWithSecret,
} from '../types.js';

/**
 * The client's events, oldest first, paged by the cursor `after` (`nextCursor` of a page): keep
 * the last id you handled and pass it as `after` to catch up.
 */
export class Events extends Listing<'/api/v1/events'> {
  constructor(api: Api) {
    super(api, '/api/v1/events', true);
  }

  get(id: string, options: CallOptions = {}): Promise<StoreEvent> {
    return this.api.data('get', '/api/v1/events/{id}', { params: { id }, ...options });
  }

  /** Queues the event again for one webhook, or for every active webhook subscribed to its type. */
  redeliver(id: string, webhookId?: number, options: CallOptions = {}): Promise<Redelivery> {
    return this.api.data('post', '/api/v1/events/{id}/redeliver', {
      params: { id },
      body: webhookId === undefined ? {} : { webhook_id: webhookId },
      ...options,
    });
  }
}

/** The client's webhook endpoints (at most 20). Changes are not retried but after a 429 (retry.ts). */
export class Webhooks extends Listing<'/api/v1/webhooks'> {
  constructor(
    api: Api,
    private readonly events: Events,
  ) {
    super(api, '/api/v1/webhooks');
  }

  /** A new endpoint with its `secret`, which only this answer shows. */
  create(input: CreateWebhookInput, options: CallOptions = {}): Promise<WebhookWithSecret> {
    return this.api.data('post', '/api/v1/webhooks', { body: input, ...options });
  }

  get(id: Id, options: CallOptions = {}): Promise<Webhook> {
    return this.api.data('get', '/api/v1/webhooks/{id}', { params: { id }, ...options });
  }

  /** Changes the fields given; `active: true` also lifts a disable by the store. */
  update(id: Id, changes: UpdateWebhookInput, options: CallOptions = {}): Promise<Webhook> {
    return this.api.data('patch', '/api/v1/webhooks/{id}', { params: { id }, body: changes, retry: 'safe', ...options });
  }

  /** Deletes the endpoint and drops its pending deliveries. */
  async delete(id: Id, options: CallOptions = {}): Promise<void> {
    await this.api.call('delete', '/api/v1/webhooks/{id}', { params: { id }, ...options });
  }

  /** A new secret (shown only in this answer); the old one keeps signing for 24 hours. */
  rotateSecret(id: Id, options: CallOptions = {}): Promise<WebhookWithSecret> {
    return this.api.data('post', '/api/v1/webhooks/{id}/rotate-secret', { params: { id }, ...options });
  }

  /** Sends one signed `ping` now and answers how the endpoint answered. */
  test(id: Id, options: CallOptions = {}): Promise<WebhookTestResult> {
    return this.api.data('post', '/api/v1/webhooks/{id}/test', { params: { id }, ...options });
  }

  /** The endpoint's latest delivery attempts, newest first (`limit`, default 50). */
  attempts(id: Id, query: WebhookAttemptQuery = {}, options: CallOptions = {}): Promise<WebhookAttempt[]> {
    return this.api.data('get', '/api/v1/webhooks/{id}/attempts', { params: { id }, query, ...options });
  }

  /** Delivers an event again: to this endpoint when `webhookId` is given, else to every subscribed one (`events.redeliver`). */
  redeliver(eventId: string, webhookId?: number, options: CallOptions = {}): Promise<Redelivery> {
    return this.events.redeliver(eventId, webhookId, options);
  }
}
