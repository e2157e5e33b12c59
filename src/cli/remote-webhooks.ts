import type { AdminWebhookView, AttemptView, WebhookAdministration } from '../webhooks/webhooks.service.ts';
import { adminCall, queryString } from './admin-http.ts';

/** Webhooks through the admin HTTP API of a running server. */
export class RemoteWebhookAdministration implements WebhookAdministration {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  listWebhooks(filter: { clientId?: number } = {}): Promise<AdminWebhookView[]> {
    return adminCall(this.baseUrl, this.token, 'GET', `/webhooks${queryString({ client_id: filter.clientId })}`);
  }
  getWebhook(id: number): Promise<AdminWebhookView> {
    return adminCall(this.baseUrl, this.token, 'GET', `/webhooks/${id}`);
  }
  disableWebhook(id: number, reason?: string): Promise<AdminWebhookView> {
    return adminCall(this.baseUrl, this.token, 'POST', `/webhooks/${id}/disable`, reason === undefined ? {} : { reason });
  }
  enableWebhook(id: number): Promise<AdminWebhookView> {
    return adminCall(this.baseUrl, this.token, 'POST', `/webhooks/${id}/enable`);
  }
  listAttempts(id: number, options: { limit?: number } = {}): Promise<AttemptView[]> {
    return adminCall(this.baseUrl, this.token, 'GET', `/webhooks/${id}/attempts${queryString({ limit: options.limit })}`);
  }
}
