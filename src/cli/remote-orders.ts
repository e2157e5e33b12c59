import type { PageMeta } from '../http/pagination.ts';
import type { AdminOrderListQuery, OrderAdministration } from '../orders/orders.service.ts';
import type { AdminOrderView } from '../orders/orders.views.ts';
import { adminCall, adminRequest, pageMetaFromHeaders, queryString } from './admin-http.ts';

/** Orders through the admin HTTP API of a running server (never their codes: the admin view has none). */
export class RemoteOrderAdministration implements OrderAdministration {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async listOrders(query: AdminOrderListQuery): Promise<{ items: AdminOrderView[]; meta: PageMeta }> {
    const { body, headers } = await adminRequest<AdminOrderView[]>(this.baseUrl, this.token, 'GET', `/orders${queryString({ ...query })}`);
    return { items: body, meta: pageMetaFromHeaders(headers) };
  }
  getOrder(orderId: number): Promise<AdminOrderView> {
    return adminCall(this.baseUrl, this.token, 'GET', `/orders/${orderId}`);
  }
  cancelOrder(orderId: number, remarks?: string): Promise<AdminOrderView> {
    return adminCall(this.baseUrl, this.token, 'POST', `/orders/${orderId}/cancel`, remarks === undefined ? {} : { remarks });
  }
}
