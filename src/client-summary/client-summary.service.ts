import type { ApiCredentialRecord, ApiCredentialsService } from '../auth/api-credentials.service.ts';
import type { ClientRateLimits } from '../auth/client-rate-limits.ts';
import type { CatalogAdministration, ClientPricingView } from '../catalog/catalog.service.ts';
import type { ClientRecord, ClientsService } from '../clients/clients.service.ts';
import type { ClientTopUpText, TopUpInstructionsService } from '../clients/top-up.service.ts';
import type { AdminWalletView } from '../ledger/views.ts';
import type { WalletAdministration } from '../ledger/wallets.service.ts';
import type { ClientTermsAdministration, ClientTermsView } from '../pricing/client-terms.service.ts';

/** A client and what the operator sets for it, as each module answers it. */
export interface ClientSummary {
  client: ClientRecord;
  wallets: AdminWalletView[];
  terms: ClientTermsView;
  /** The client's own limits (null: the configured default). */
  rateLimits: ClientRateLimits;
  pricing: ClientPricingView;
  credentials: ApiCredentialRecord[];
  topUp: ClientTopUpText;
}

export interface ClientSummaryDeps {
  clients: Pick<ClientsService, 'getClient' | 'getRateLimits'>;
  wallets: Pick<WalletAdministration, 'listWallets'>;
  terms: Pick<ClientTermsAdministration, 'clientTerms'>;
  catalog: Pick<CatalogAdministration, 'clientPricing'>;
  credentials: Pick<ApiCredentialsService, 'listForOperator'>;
  topUp: Pick<TopUpInstructionsService, 'forOperator'>;
}

/** A client's page in the console in one request: the client, its wallets, terms, rate limits, pricing, API credentials and top-up text (reads only). */
export class ClientSummaryService {
  constructor(private readonly deps: ClientSummaryDeps) {}

  /** 404 `Client not found` before anything else is read. */
  async summary(clientId: number): Promise<ClientSummary> {
    const { clients, wallets, terms, catalog, credentials, topUp } = this.deps;
    const client = await clients.getClient(clientId);
    const [walletList, clientTerms, rateLimits, pricing, credentialList, topUpText] = await Promise.all([
      wallets.listWallets({ clientId }),
      terms.clientTerms(clientId),
      clients.getRateLimits(clientId),
      catalog.clientPricing(clientId),
      credentials.listForOperator(clientId),
      topUp.forOperator(clientId),
    ]);
    return { client, wallets: walletList, terms: clientTerms, rateLimits, pricing, credentials: credentialList, topUp: topUpText };
  }
}
