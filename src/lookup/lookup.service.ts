import type { AdminProduct, CatalogAdministration } from '../catalog/catalog.service.ts';
import type { ClientRecord, ClientsService } from '../clients/clients.service.ts';
import { DomainError } from '../shared/errors.ts';

/** What a client ID and a product ID name: each record, or null when none has the ID (or none was asked). */
export interface Lookup {
  client: ClientRecord | null;
  product: AdminProduct | null;
}

export interface LookupDeps {
  clients: Pick<ClientsService, 'getClient'>;
  catalog: Pick<CatalogAdministration, 'getProduct'>;
}

/** The record a read finds, or null for its 404. */
async function found<T>(read: (() => Promise<T>) | undefined): Promise<T | null> {
  if (!read) return null;
  try {
    return await read();
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'not_found') return null;
    throw error;
  }
}

/** The client and the product a console page's filters name, in one request (reads only). */
export class LookupService {
  constructor(private readonly deps: LookupDeps) {}

  lookup(ids: { clientId?: number; productId?: number }): Promise<Lookup> {
    const { clientId, productId } = ids;
    return Promise.all([
      found(clientId === undefined ? undefined : () => this.deps.clients.getClient(clientId)),
      found(productId === undefined ? undefined : () => this.deps.catalog.getProduct(productId)),
    ]).then(([client, product]) => ({ client, product }));
  }
}
