import type { PageMeta } from '../http/pagination.ts';
import type { OperatorOrderFilter, OrderSortField } from '../orders/orders.repository.ts';
import type { OrderAdministration } from '../orders/orders.service.ts';
import type { AdminOrderView } from '../orders/orders.views.ts';
import type { ListRequest } from '../shared/pages.ts';
import { adminCall, adminRequest, pageMetaFromHeaders, queryString } from './admin-http.ts';

/** Orders through the admin HTTP API of a running server (never their codes: the admin view has none). */
export class RemoteOrderAdministration implements OrderAdministration {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async listOrders(filter: OperatorOrderFilter, request: ListRequest<OrderSortField>): Promise<{ items: AdminOrderView[]; meta: PageMeta }> {
    const query = queryString({
      client_id: filter.clientId,
      status: filter.status,
      product_id: filter.productId,
      client_reference: filter.clientReference,
      start_date: filter.start?.toISOString(),
      end_date: filter.end?.toISOString(),
      page: request.page,
      limit: request.limit,
      sort_by: request.sort.field,
      sort_dir: request.sort.direction,
    });
    const { body, headers } = await adminRequest<AdminOrderView[]>(this.baseUrl, this.token, 'GET', `/orders${query}`);
    return { items: body, meta: pageMetaFromHeaders(headers) };
  }
  getOrder(orderId: number): Promise<AdminOrderView> {
    return adminCall(this.baseUrl, this.token, 'GET', `/orders/${orderId}`);
  }
  cancelOrder(orderId: number, remarks?: string): Promise<AdminOrderView> {
    return adminCall(this.baseUrl, this.token, 'POST', `/orders/${orderId}/cancel`, remarks === undefined ? {} : { remarks });
  }
}
