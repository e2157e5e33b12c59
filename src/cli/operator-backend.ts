import type { Config } from '../config.ts';
import type { ClientAdministration } from '../clients/clients.service.ts';
import { DataDirLockedError, readLockOwner } from '../infra/db/data-dir-lock.ts';
import { fileSecret } from '../infra/secrets.ts';
import { RemoteClientAdministration } from './remote-clients.ts';
import type { CatalogAdministration } from '../catalog/catalog.service.ts';
import type { ReferenceAdministration } from '../reference/reference.service.ts';
import { RemoteCatalogAdministration, RemoteReferenceAdministration } from './remote-catalog.ts';
import type { OperatorAdministration } from '../operators/operators.service.ts';
import { RemoteOperatorAdministration } from './remote-operators.ts';
import type { ClientTermsAdministration } from '../pricing/client-terms.service.ts';
import { RemoteClientTermsAdministration } from './remote-pricing.ts';
import type { InventoryAdministration } from '../inventory/inventory.service.ts';
import { RemoteInventoryAdministration } from './remote-inventory.ts';
import type { FxAdministration } from '../ledger/fx.service.ts';
import type { LedgerAdministration } from '../ledger/reconcile.ts';
import type { WalletAdministration } from '../ledger/wallets.service.ts';
import { RemoteFxAdministration, RemoteLedgerAdministration, RemoteWalletAdministration } from './remote-ledger.ts';
import type { OrderAdministration } from '../orders/orders.service.ts';
import { RemoteOrderAdministration } from './remote-orders.ts';
import type { WebhookAdministration } from '../webhooks/webhooks.service.ts';
import { RemoteWebhookAdministration } from './remote-webhooks.ts';

export interface OperatorBackend {
  clients: ClientAdministration;
  wallets: WalletAdministration;
  fx: FxAdministration;
  ledger: LedgerAdministration;
  catalog: CatalogAdministration;
  reference: ReferenceAdministration;
  operators: OperatorAdministration;
  /** Client tax rates and per-product order limits. */
  terms: ClientTermsAdministration;
  /** Voucher codes in stock: import, stock levels, thresholds. */
  inventory: InventoryAdministration;
  /** Every client's orders: list, show (never codes), cancel with refund. */
  orders: OrderAdministration;
  /** Every client's webhook endpoints: list, disable, enable, attempts. */
  webhooks: WebhookAdministration;
  /** Where the commands run, for messages: "database" or the server URL. */
  via: string;
  close(): Promise<void>;
}

const WAIT_FOR_SERVER_MS = 15_000;

export interface ConnectOptions {
  /**
   * May this command start a new store when there is none (`createsStore` in `store-access.ts`)?
   * false: it fails with a message naming the data directory (or database), creating nothing.
   */
  create: boolean;
}

/**
 * PostgreSQL: the CLI works on the database directly and running servers hear about changes
 * through NOTIFY (or Redis). PGlite: one process per data directory, so when a server holds
 * it the CLI sends the same operations to that server's admin API; otherwise it opens it.
 */
export async function connectOperatorBackend(config: Config, options: ConnectOptions): Promise<OperatorBackend> {
  const deadline = Date.now() + WAIT_FOR_SERVER_MS;
  for (;;) {
    if (!config.databaseUrl) {
      const owner = await readLockOwner(config.dataDir);
      if (owner?.url) {
        const token = await fileSecret(config.dataDir, 'admin-token');
        return {
          clients: new RemoteClientAdministration(owner.url, token),
          wallets: new RemoteWalletAdministration(owner.url, token),
          fx: new RemoteFxAdministration(owner.url, token),
          ledger: new RemoteLedgerAdministration(owner.url, token),
          catalog: new RemoteCatalogAdministration(owner.url, token),
          reference: new RemoteReferenceAdministration(owner.url, token),
          operators: new RemoteOperatorAdministration(owner.url, token),
          terms: new RemoteClientTermsAdministration(owner.url, token),
          inventory: new RemoteInventoryAdministration(owner.url, token),
          orders: new RemoteOrderAdministration(owner.url, token),
          webhooks: new RemoteWebhookAdministration(owner.url, token),
          via: owner.url,
          close: async () => {},
        };
      }
      if (owner && (owner.purpose !== 'server' || Date.now() > deadline)) {
        throw new DataDirLockedError(config.dataDir, owner);
      }
      if (owner) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        continue;
      }
    }
    try {
      return await openLocal(config, options);
    } catch (error) {
      if (!(error instanceof DataDirLockedError) || Date.now() > deadline) throw error;
    }
  }
}

async function openLocal(config: Config, options: ConnectOptions): Promise<OperatorBackend> {
  const [{ default: pino }, { openStoreDatabase }, { createContainer }] = await Promise.all([
    import('pino'),
    import('../infra/db/open.ts'),
    import('../container.ts'),
  ]);
  const { database, lock, created } = await openStoreDatabase(config, 'cli', { create: options.create });
  if (created) process.stderr.write(`created a new store in ${created}\n`);
  const container = await createContainer(config, database, pino({ level: 'silent' }));
  return {
    clients: container.clients.as('cli'),
    wallets: container.wallets.as('cli'),
    fx: container.fx.as('cli'),
    ledger: container.ledger,
    catalog: container.catalog.as('cli'),
    reference: container.reference.as('cli'),
    operators: container.operators.as('cli'),
    terms: container.clientTerms.as('cli'),
    inventory: container.inventory.as('cli'),
    orders: container.orders.administration('cli'),
    webhooks: container.webhooks.as('cli'),
    via: 'database',
    async close() {
      await container.close();
      await lock?.release();
    },
  };
}
