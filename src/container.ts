import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './infra/db/database.ts';
import { invalidationChannel, type InvalidationBus } from './infra/invalidation/bus.ts';
import { BroadcastInvalidationBus } from './infra/invalidation/broadcast-bus.ts';
import { MemoryInvalidationBus } from './infra/invalidation/memory-bus.ts';
import { postgresTransport, redisTransport } from './infra/invalidation/transports.ts';
import { fileSecret, loadSigningSecret } from './infra/secrets.ts';
import { AccessTokenSigner } from './auth/access-tokens.ts';
import { AuthService } from './auth/auth.service.ts';
import { ClientAuthCache } from './auth/client-auth-cache.ts';
import { ClientsService } from './clients/clients.service.ts';
import { warmUpCredentials } from './clients/credentials.ts';
import { ReferenceService } from './reference/reference.service.ts';
import { FxService } from './ledger/fx.service.ts';
import { LedgerService } from './ledger/ledger.service.ts';
import { WalletsService } from './ledger/wallets.service.ts';
import { CatalogService } from './catalog/catalog.service.ts';
import { SupplierRegistry } from './fulfilment/registry.ts';

/** Everything the HTTP layer and the CLI need, wired once (the composition root). */
export interface Container {
  config: Config;
  database: DatabaseHandle;
  bus: InvalidationBus;
  redis: Redis | null;
  signer: AccessTokenSigner;
  authCache: ClientAuthCache;
  auth: AuthService;
  clients: ClientsService;
  reference: ReferenceService;
  /** Postings (debit/credit a wallet inside a transaction) and reconciliation. */
  ledger: LedgerService;
  wallets: WalletsService;
  fx: FxService;
  /** Fulfilment suppliers by name (sandbox; inventory comes with orders). */
  suppliers: SupplierRegistry;
  catalog: CatalogService;
  operatorTokens: { token: string; operator: string }[];
  close(): Promise<void>;
}

async function createBus(config: Config, database: DatabaseHandle): Promise<InvalidationBus> {
  const channel = invalidationChannel(
    database.engine === 'postgres' ? `${config.databaseUrl}#${database.schema}` : `pglite:${config.dataDir}`,
  );
  if (config.redisUrl) {
    const bus = new BroadcastInvalidationBus(redisTransport(config.redisUrl, channel));
    await bus.start();
    return bus;
  }
  if (database.engine === 'postgres') {
    const bus = new BroadcastInvalidationBus(postgresTransport(database, channel));
    await bus.start();
    return bus;
  }
  return new MemoryInvalidationBus();
}

export interface ContainerOptions {
  /** Keep the data-directory files (secrets, local admin token) in memory only: tests. */
  ephemeral?: boolean;
}

export async function createContainer(
  config: Config,
  database: DatabaseHandle,
  log: FastifyBaseLogger,
  options: ContainerOptions = {},
): Promise<Container> {
  const bus = await createBus(config, database);
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }) : null;
  redis?.on('error', (error) => log.warn({ err: error }, 'redis connection problem'));
  const signingSecret = options.ephemeral
    ? (config.jwtSecret ?? randomBytes(32).toString('hex'))
    : await loadSigningSecret(config.jwtSecret, database, config.dataDir);
  const signer = new AccessTokenSigner(signingSecret, config.accessTokenTtlSeconds);
  const authCache = new ClientAuthCache(database.db, bus, config.accessTokenTtlSeconds);
  const auth = new AuthService({
    db: database.db,
    signer,
    bus,
    refreshTokenTtlSeconds: config.refreshTokenTtlSeconds,
    log,
  });
  const clients = new ClientsService({ db: database.db, bus }, 'system');
  const reference = ReferenceService.create({ db: database.db, bus });
  const ledger = new LedgerService({ db: database.db });
  const wallets = new WalletsService({ db: database.db }, 'system');
  const fx = new FxService({ db: database.db }, 'system');
  const suppliers = SupplierRegistry.withDefaults();
  const catalog = CatalogService.create({ db: database.db, bus, suppliers });
  const operatorTokens = [
    ...(config.adminToken ? [{ token: config.adminToken, operator: 'admin-token' }] : []),
    ...(!options.ephemeral && database.engine === 'pglite'
      ? [{ token: await fileSecret(config.dataDir, 'admin-token'), operator: 'local-cli' }]
      : []),
  ];
  await warmUpCredentials();
  return {
    config,
    database,
    bus,
    redis,
    signer,
    authCache,
    auth,
    clients,
    reference,
    ledger,
    wallets,
    fx,
    suppliers,
    catalog,
    operatorTokens,
    async close() {
      await bus.close();
      redis?.disconnect();
      await database.close();
    },
  };
}
