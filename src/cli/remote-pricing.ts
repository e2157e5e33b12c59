import type { ClientTermsAdministration, ClientTermsView } from '../pricing/client-terms.service.ts';
import { adminCall } from './admin-http.ts';

type WireTerms = Omit<ClientTermsView, 'max_quantities'> & {
  max_quantities: (Omit<ClientTermsView['max_quantities'][number], 'updated_at'> & { updated_at: string })[];
};

/** Client terms through the admin HTTP API of a running server, behind the same interface as the local service. */
export class RemoteClientTermsAdministration implements ClientTermsAdministration {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private async call(method: string, path: string, body?: unknown): Promise<ClientTermsView> {
    const payload = await adminCall<WireTerms>(this.baseUrl, this.token, method, path, body);
    return {
      ...payload,
      max_quantities: payload.max_quantities.map((limit) => ({ ...limit, updated_at: new Date(limit.updated_at) })),
    };
  }

  clientTerms(clientId: number): Promise<ClientTermsView> {
    return this.call('GET', `/clients/${clientId}/terms`);
  }
  setTaxRate(clientId: number, taxRate: number | string): Promise<ClientTermsView> {
    return this.call('PUT', `/clients/${clientId}/tax-rate`, { tax_rate: taxRate });
  }
  setMaxQuantity(clientId: number, input: { productId: number; maxQuantity: number }): Promise<ClientTermsView> {
    return this.call('PUT', `/clients/${clientId}/max-quantities`, { product_id: input.productId, max_quantity: input.maxQuantity });
  }
  removeMaxQuantity(clientId: number, productId: number): Promise<ClientTermsView> {
    return this.call('POST', `/clients/${clientId}/max-quantities/remove`, { product_id: productId });
  }
}
