import type { adminSchemas as catalog, exportSchema, importSchema } from '../catalog/catalog.schemas.ts';
import type { schemas as audit } from '../audit/audit.schemas.ts';
import type { schemas as clients } from '../clients/clients.schemas.ts';
import type { clientSummarySchema } from '../client-summary/client-summary.schemas.ts';
import type { adminCredentialSchemas as credentials } from '../clients/credentials.schemas.ts';
import type { topUpSchemas as topUp } from '../clients/top-up.schemas.ts';
import type { adminSchemas as clientUsers } from '../portal/portal-team.schemas.ts';
import type { adminSchemas as demo } from '../demo/demo.schemas.ts';
import type { adminSchemas as inventory } from '../inventory/inventory.schemas.ts';
import type { adminSchemas as ledger } from '../ledger/wallets.schemas.ts';
import type { adminSchemas as lowBalance } from '../low-balance/low-balance.admin-routes.ts';
import type { schemas as operators } from '../operators/operators.schemas.ts';
import type { adminSchemas as orders } from '../orders/orders.schemas.ts';
import type { overviewSchema } from '../overview/overview.schemas.ts';
import type { adminSchemas as pricing } from '../pricing/pricing.schemas.ts';
import type { adminSchemas as reference } from '../reference/reference.schemas.ts';
import type { schemas as suppliers } from '../suppliers/health.schemas.ts';
import type { adminSchemas as webhooks } from '../webhooks/webhooks.schemas.ts';
import type { AdminClient, BodyOf, Progress, QueryOf, ReplyOf } from './admin-client.ts';

/** The answer of a route, by its schema: `Wire<typeof clients.show>` is a client as the API sends it. */
export type Wire<S> = ReplyOf<S>;

/** The wire types the commands print from. */
export type ClientWire = Wire<typeof clients.show>;
export type CredentialsWire = Wire<typeof clients.create>;
export type OperatorWire = Wire<typeof operators.change>;
export type OperatorCredentialsWire = Wire<typeof operators.create>;
export type ProductWire = Wire<typeof catalog.show>;
export type ClientPricingWire = Wire<typeof catalog.pricing>;
export type CatalogImportReportWire = Wire<typeof importSchema>;
export type CategoryWire = Wire<typeof reference.categories.show>;
export type SubcategoryWire = Wire<typeof reference.subcategories.show>;
export type TermsWire = Wire<typeof pricing.terms>;
export type StockLevelWire = Wire<typeof inventory.threshold>;
export type InventoryImportReportWire = Wire<typeof inventory.import>;
export type WalletWire = Wire<typeof ledger.showWallet>;
export type TransactionWire = Wire<typeof ledger.adjust>;
export type FxRateWire = Wire<typeof ledger.setFxRate>;
export type ReconciliationWire = Wire<typeof ledger.reconcile>;
export type OrderWire = Wire<typeof orders.show>;
export type OrderTimelineWire = Wire<typeof orders.timeline>;
export type OverviewWire = Wire<typeof overviewSchema>;
export type WebhookWire = Wire<typeof webhooks.show>;
export type AttemptWire = Wire<typeof webhooks.attempts>[number];
export type DemoWire = Wire<typeof demo.run>;
export type RateLimitsWire = Wire<typeof clients.rateLimits>;
export type ClientSummaryWire = Wire<typeof clientSummarySchema>;
export type AuditEntryWire = Wire<typeof audit.list>[number];
export type SupplierHealthReportWire = Wire<typeof suppliers.health>;
export type ClientUserWire = Wire<typeof clientUsers.change>;
export type LowBalanceWire = Wire<typeof lowBalance.set>;
export type InvitedClientUserWire = Wire<typeof clientUsers.invite>;
export type ApiCredentialWire = Wire<typeof credentials.revoke>;

const activation = (active: boolean) => (active ? 'activate' : 'deactivate');

/**
 * Every admin call the CLI makes, one typed helper per route, grouped by module. A new admin
 * route gets its helper here (its types come from the route's schema), then its command.
 */
/**
 * An import always follows its progress, shown or not: the lines keep coming while it works, so a
 * long import is told from a server that says nothing (SERVER_SILENCE_MS, admin-client.ts).
 */
const ignoreProgress = () => {};

export function adminApi(admin: AdminClient) {
  return {
    clients: {
      create: (body: BodyOf<typeof clients.create>) => admin.call<typeof clients.create>('POST', '/clients', { body }),
      list: (query: QueryOf<typeof clients.list> = {}) => admin.page<typeof clients.list>('/clients', query),
      summary: (id: number) => admin.call<typeof clientSummarySchema>('GET', `/clients/${id}/summary`),
      show: (id: number) => admin.call<typeof clients.show>('GET', `/clients/${id}`),
      setActive: (id: number, active: boolean) => admin.call<typeof clients.change>('POST', `/clients/${id}/${activation(active)}`),
      addIp: (id: number, cidr: string) => admin.call<typeof clients.cidr>('POST', `/clients/${id}/ip-allowlist`, { body: { cidr } }),
      removeIp: (id: number, cidr: string) => admin.call<typeof clients.cidr>('POST', `/clients/${id}/ip-allowlist/remove`, { body: { cidr } }),
      logout: (id: number) => admin.call<typeof clients.logout>('POST', `/clients/${id}/logout`),
      rotateSecret: (id: number) => admin.call<typeof clients.rotate>('POST', `/clients/${id}/rotate-secret`),
      setFeatures: (id: number, features: BodyOf<typeof clients.features>['features']) =>
        admin.call<typeof clients.features>('PUT', `/clients/${id}/features`, { body: { features } }),
      rateLimits: (id: number) => admin.call<typeof clients.rateLimits>('GET', `/clients/${id}/rate-limits`),
      setRateLimits: (id: number, body: BodyOf<typeof clients.setRateLimits>) =>
        admin.call<typeof clients.setRateLimits>('PUT', `/clients/${id}/rate-limits`, { body }),
    },
    credentials: {
      list: (clientId: number) => admin.call<typeof credentials.list>('GET', `/clients/${clientId}/credentials`),
      create: (clientId: number, name: string) =>
        admin.call<typeof credentials.create>('POST', `/clients/${clientId}/credentials`, { body: { name } }),
      revoke: (clientId: number, credentialId: number) =>
        admin.call<typeof credentials.revoke>('POST', `/clients/${clientId}/credentials/${credentialId}/revoke`),
    },
    topUp: {
      store: () => admin.call<typeof topUp.showStore>('GET', '/settings/top-up-instructions'),
      setStore: (text: string | null) => admin.call<typeof topUp.setStore>('PUT', '/settings/top-up-instructions', { body: { text } }),
      client: (clientId: number) => admin.call<typeof topUp.showClient>('GET', `/clients/${clientId}/top-up-instructions`),
      setClient: (clientId: number, text: string | null) =>
        admin.call<typeof topUp.setClient>('PUT', `/clients/${clientId}/top-up-instructions`, { body: { text } }),
    },
    clientUsers: {
      invite: (clientId: number, body: BodyOf<typeof clientUsers.invite>) =>
        admin.call<typeof clientUsers.invite>('POST', `/clients/${clientId}/users`, { body }),
      list: (clientId: number) => admin.call<typeof clientUsers.list>('GET', `/clients/${clientId}/users`),
      setActive: (clientId: number, userId: number, active: boolean) =>
        admin.call<typeof clientUsers.change>('POST', `/clients/${clientId}/users/${userId}/${activation(active)}`),
      resetTotp: (clientId: number, userId: number) =>
        admin.call<typeof clientUsers.totpReset>('POST', `/clients/${clientId}/users/${userId}/totp-reset`),
    },
    operators: {
      create: (username: string) => admin.call<typeof operators.create>('POST', '/operators', { body: { username } }),
      list: (query: QueryOf<typeof operators.list> = {}) => admin.page<typeof operators.list>('/operators', query),
      setActive: (id: number, active: boolean) => admin.call<typeof operators.change>('POST', `/operators/${id}/${activation(active)}`),
      rotatePassword: (id: number) => admin.call<typeof operators.rotate>('POST', `/operators/${id}/rotate-password`),
      resetTotp: (id: number) => admin.call<typeof operators.totpReset>('POST', `/operators/${id}/totp-reset`),
    },
    categories: {
      list: (query: QueryOf<typeof reference.categories.list> = {}) => admin.page<typeof reference.categories.list>('/categories', query),
      create: (name: string) => admin.call<typeof reference.categories.create>('POST', '/categories', { body: { name } }),
      rename: (id: number, name: string) => admin.call<typeof reference.categories.update>('PATCH', `/categories/${id}`, { body: { name } }),
      setActive: (id: number, active: boolean) => admin.call<typeof reference.categories.activate>('POST', `/categories/${id}/${activation(active)}`),
    },
    subcategories: {
      list: (query: QueryOf<typeof reference.subcategories.list> = {}) => admin.page<typeof reference.subcategories.list>('/subcategories', query),
      create: (categoryId: number, name: string) =>
        admin.call<typeof reference.subcategories.create>('POST', '/subcategories', { body: { category_id: categoryId, name } }),
      rename: (id: number, name: string) => admin.call<typeof reference.subcategories.update>('PATCH', `/subcategories/${id}`, { body: { name } }),
      setActive: (id: number, active: boolean) =>
        admin.call<typeof reference.subcategories.activate>('POST', `/subcategories/${id}/${activation(active)}`),
    },
    products: {
      list: (query: QueryOf<typeof catalog.list> = {}) => admin.page<typeof catalog.list>('/products', query),
      show: (id: number) => admin.call<typeof catalog.show>('GET', `/products/${id}`),
      setActive: (id: number, active: boolean) => admin.call<typeof catalog.change>('POST', `/products/${id}/${activation(active)}`),
    },
    catalog: {
      import: (body: BodyOf<typeof importSchema>, onProgress?: (progress: Progress) => void) =>
        admin.call<typeof importSchema>('POST', '/catalog/import', { body, onProgress: onProgress ?? ignoreProgress }),
      export: (query: QueryOf<typeof exportSchema>) => admin.call<typeof exportSchema>('GET', '/catalog/export', { query }),
    },
    pricing: {
      show: (clientId: number) => admin.call<typeof catalog.pricing>('GET', `/clients/${clientId}/pricing`),
      blacklist: (clientId: number, productId: number) =>
        admin.call<typeof catalog.blacklist>('POST', `/clients/${clientId}/blacklist`, { body: { product_id: productId } }),
      unblacklist: (clientId: number, productId: number) =>
        admin.call<typeof catalog.blacklist>('POST', `/clients/${clientId}/blacklist/remove`, { body: { product_id: productId } }),
      setDiscount: (clientId: number, body: BodyOf<typeof catalog.setDiscount>) =>
        admin.call<typeof catalog.setDiscount>('PUT', `/clients/${clientId}/discounts`, { body }),
      removeDiscount: (clientId: number, body: BodyOf<typeof catalog.removeDiscount>) =>
        admin.call<typeof catalog.removeDiscount>('POST', `/clients/${clientId}/discounts/remove`, { body }),
    },
    terms: {
      show: (clientId: number) => admin.call<typeof pricing.terms>('GET', `/clients/${clientId}/terms`),
      setTaxRate: (clientId: number, taxRate: string) =>
        admin.call<typeof pricing.setTaxRate>('PUT', `/clients/${clientId}/tax-rate`, { body: { tax_rate: taxRate } }),
      setMaxQuantity: (clientId: number, productId: number, maxQuantity: number) =>
        admin.call<typeof pricing.setMaxQuantity>('PUT', `/clients/${clientId}/max-quantities`, {
          body: { product_id: productId, max_quantity: maxQuantity },
        }),
      removeMaxQuantity: (clientId: number, productId: number) =>
        admin.call<typeof pricing.removeMaxQuantity>('POST', `/clients/${clientId}/max-quantities/remove`, { body: { product_id: productId } }),
    },
    inventory: {
      import: (body: BodyOf<typeof inventory.import>, onProgress?: (progress: Progress) => void) =>
        admin.call<typeof inventory.import>('POST', '/inventory/import', { body, onProgress: onProgress ?? ignoreProgress }),
      stock: (query: QueryOf<typeof inventory.stock>) => admin.page<typeof inventory.stock>('/inventory/stock', query),
      setThreshold: (body: BodyOf<typeof inventory.threshold>) => admin.call<typeof inventory.threshold>('PUT', '/inventory/thresholds', { body }),
    },
    wallets: {
      create: (body: BodyOf<typeof ledger.createWallet>) => admin.call<typeof ledger.createWallet>('POST', '/wallets', { body }),
      list: (query: QueryOf<typeof ledger.listWallets>) => admin.call<typeof ledger.listWallets>('GET', '/wallets', { query }),
      show: (id: number) => admin.call<typeof ledger.showWallet>('GET', `/wallets/${id}`),
      adjust: (id: number, direction: 'credit' | 'debit', body: BodyOf<typeof ledger.adjust>, idempotencyKey?: string) =>
        admin.call<typeof ledger.adjust>('POST', `/wallets/${id}/${direction}`, { body, idempotencyKey }),
      transactions: (id: number, query: QueryOf<typeof ledger.walletTransactions>) =>
        admin.call<typeof ledger.walletTransactions>('GET', `/wallets/${id}/transactions`, { query }),
      lowBalance: (clientId: number) => admin.call<typeof lowBalance.list>('GET', `/clients/${clientId}/low-balance`),
      setLowBalance: (id: number, body: BodyOf<typeof lowBalance.set>) =>
        admin.call<typeof lowBalance.set>('PUT', `/wallets/${id}/low-balance`, { body }),
    },
    fx: {
      set: (body: BodyOf<typeof ledger.setFxRate>) => admin.call<typeof ledger.setFxRate>('POST', '/fx-rates', { body }),
      list: (query: QueryOf<typeof ledger.listFxRates>) => admin.page<typeof ledger.listFxRates>('/fx-rates', query),
    },
    ledger: {
      reconcile: () => admin.call<typeof ledger.reconcile>('GET', '/ledger/reconciliation'),
    },
    orders: {
      list: (query: QueryOf<typeof orders.list>) => admin.page<typeof orders.list>('/orders', query),
      show: (id: number) => admin.call<typeof orders.show>('GET', `/orders/${id}`),
      timeline: (id: number) => admin.call<typeof orders.timeline>('GET', `/orders/${id}/timeline`),
      cancel: (id: number, remarks?: string) =>
        admin.call<typeof orders.cancel>('POST', `/orders/${id}/cancel`, { body: remarks === undefined ? {} : { remarks } }),
      retry: (id: number) => admin.call<typeof orders.retry>('POST', `/orders/${id}/retry`),
    },
    webhooks: {
      list: (query: QueryOf<typeof webhooks.list>) => admin.page<typeof webhooks.list>('/webhooks', query),
      disable: (id: number, reason?: string) =>
        admin.call<typeof webhooks.disable>('POST', `/webhooks/${id}/disable`, { body: reason === undefined ? {} : { reason } }),
      enable: (id: number) => admin.call<typeof webhooks.enable>('POST', `/webhooks/${id}/enable`),
      attempts: (id: number, query: QueryOf<typeof webhooks.attempts>) =>
        admin.call<typeof webhooks.attempts>('GET', `/webhooks/${id}/attempts`, { query }),
    },
    demo: {
      run: () => admin.call<typeof demo.run>('POST', '/demo'),
    },
    audit: {
      list: (query: QueryOf<typeof audit.list>) => admin.page<typeof audit.list>('/audit', query),
    },
    suppliers: {
      health: (query: QueryOf<typeof suppliers.health>) => admin.call<typeof suppliers.health>('GET', '/suppliers', { query }),
    },
    overview: () => admin.call<typeof overviewSchema>('GET', '/overview'),
  };
}

export type AdminApi = ReturnType<typeof adminApi>;

/** How a command runs its calls: connects (to the running server, or in-process), works, closes. */
export type WithAdmin = <T>(work: (api: AdminApi, admin: AdminClient) => Promise<T>) => Promise<T>;
