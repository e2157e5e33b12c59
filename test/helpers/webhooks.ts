import type { TestStore } from './store.ts';

/** Webhook tests run in production mode with loopback receivers allowed (http:// for loopback only). */
export const WEBHOOK_TEST_ENV = { STORE_MODE: 'production', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' };

export function clientCall(store: TestStore, token: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) {
  return store.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}` },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

export interface CreatedWebhook {
  id: number;
  secret: string;
  url: string;
  events: string[];
}

export async function createWebhook(
  store: TestStore,
  token: string,
  body: { url: string; events?: string[]; description?: string; active?: boolean },
): Promise<CreatedWebhook> {
  const response = await clientCall(store, token, 'POST', '/api/v1/webhooks', { events: ['*'], ...body });
  if (response.statusCode !== 201) throw new Error(`webhook not created: ${response.statusCode} ${response.body}`);
  return response.json() as CreatedWebhook;
}

export interface DeliveryHeaders {
  'x-webhook-id': string;
  'x-event-id': string;
  'x-event-type': string;
  'x-timestamp': string;
  'x-signature': string;
  'x-signature-v2': string;
}
