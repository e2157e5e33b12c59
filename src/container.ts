import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './infra/db/database.ts';
import type { InvalidationBus } from './infra/invalidation/bus.ts';
import { MemoryInvalidationBus } from './infra/invalidation/memory-bus.ts';
import { fileSecret, loadSigningSecret } from './infra/secrets.ts';
import type { VoucherCipher } from './infra/crypto/voucher-cipher.ts';
import { loadVoucherCipher } from './infra/crypto/voucher-key.ts';
import { AccessTokenSigner } from './auth/access-tokens.ts';
import { AuthService } from './auth/auth.service.ts';
import { ClientAuthCache } from './auth/client-auth-cache.ts';
import { warmUpCredentials } from './auth/credentials.ts';
import { ClientsService } from './clients/clients.service.ts';
import { ApiCredentialsService } from './auth/api-credentials.service.ts';
import { AllowlistEditor } from './clients/allowlist-editor.ts';
import { TopUpInstructionsService } from './clients/top-up.service.ts';
import { AuditService } from './audit/audit.service.ts';
import { ReferenceService } from './reference/reference.service.ts';
import { FxService } from './ledger/fx.service.ts';
import { LedgerService } from './ledger/ledger.service.ts';
import { OverviewService } from './overview/overview.service.ts';
import { ClientSummaryService } from './client-summary/client-summary.service.ts';
import { LookupService } from './lookup/lookup.service.ts';
import { WalletsService } from './ledger/wallets.service.ts';
import { CatalogService } from './catalog/catalog.service.ts';
import { QuoteService } from './pricing/quote.service.ts';
import { ClientTermsService } from './pricing/client-terms.service.ts';
import { QuoteContextCache } from './pricing/quote-context.ts';
import { SupplierHealthService } from './suppliers/health.service.ts';
import { SupplierRegistry } from './suppliers/registry.ts';
import type { TestSupplier } from './suppliers/test-supplier.ts';
import { InventoryService, voucherKeyWarning } from './inventory/inventory.service.ts';
import { OperatorTokens, type StaticOperatorToken } from './operators/operator-auth.ts';
import { FulfilmentService, type FulfilmentOptions } from './orders/fulfilment.service.ts';
import { OrdersService } from './orders/orders.service.ts';
import { createMailTransport } from './notifications/mail-transport.ts';
import { Mailer, type MailerOptions } from './notifications/mailer.ts';
import { OperatorAuthCache, OperatorTokenSigner } from './operators/operator-tokens.ts';
import { OperatorsService } from './operators/operators.service.ts';
import { ConsoleSessionsService } from './operators/console-sessions.service.ts';
import { checkOperatorCredentials, type CredentialsInput, type SignInContext } from './operators/operator-credentials.ts';
import { TotpService } from './operators/totp.service.ts';
import { operatorTotpAccounts } from './operators/totp.repository.ts';
import type { OperatorRecord } from './operators/operators.repository.ts';
import { systemClock, type Clock } from './infra/clock.ts';
import { EventsService } from './events/events.service.ts';
import { DEFAULT_DELIVERY_RULES, DeliveryAttempt, type DeliveryRules } from './webhooks/delivery.ts';
import { WebhookDeliveryWorker, type DeliveryWorkerOptions } from './webhooks/delivery-worker.ts';
import { LowBalanceAlerts } from './low-balance/low-balance.service.ts';
import { LowBalanceWorker } from './low-balance/low-balance.worker.ts';
import { WebhookSender } from './webhooks/sender.ts';
import { WebhooksService } from './webhooks/webhooks.service.ts';
import { storedErrorCodec } from './http/errors.ts';
import { ClientUsersService } from './portal/client-users.service.ts';
import { PortalAccountService } from './portal/portal-account.service.ts';
import { PortalSessionsService } from './portal/portal-sessions.service.ts';
import type { PortalShopDeps } from './portal/portal-shop.routes.ts';
import { clientUserTotpAccounts } from './portal/portal-totp.repository.ts';
import type { ClientUserRecord } from './portal/client-users.repository.ts';

/** Everything the HTTP layer and the CLI need, wired once (the composition root). */
export interface Container {
  config: Config;
  database: DatabaseHandle;
  bus: InvalidationBus;
  redis: Redis | null;
  signer: AccessTokenSigner;
  /** Encrypts voucher codes at rest (inventory, issued vouchers); docs/inventory.md. */
  voucherCipher: VoucherCipher;
  authCache: ClientAuthCache;
  auth: AuthService;
  clients: ClientsService;
  /** A client's API credentials (several, revocable) and its IP allowlist as its people edit it. */
  credentials: ApiCredentialsService;
  allowlist: AllowlistEditor;
  /** How clients top up their wallets: the store's text and a client's own. */
  topUp: TopUpInstructionsService;
  /** The audit log as the operator reads it (GET /admin/v1/audit). */
  audit: AuditService;
  reference: ReferenceService;
  /** Postings (debit/credit a wallet inside a transaction) and reconciliation. */
  ledger: LedgerService;
  /** The console's overview: balances, orders, what needs attention (one request). */
  overview: OverviewService;
  wallets: WalletsService;
  fx: FxService;
  /** Fulfilment suppliers by name (sandbox; inventory comes with orders). */
  suppliers: SupplierRegistry;
  /** The suppliers' health and failure rates as the operator reads them (GET /admin/v1/suppliers). */
  supplierHealth: SupplierHealthService;
  /** The failure-injecting `test` supplier when ENABLE_TEST_SUPPLIER is on (its control API), else null. */
  testSupplier: TestSupplier | null;
  /** Voucher inventory: import codes, stock levels, low-stock thresholds (docs/inventory.md). */
  inventory: InventoryService;
  catalog: CatalogService;
  /** The quote (api.md 4.4) and the price of an order: `quotes.quote(scope, productId, input, trx?)`. */
  quotes: QuoteService;
  /** Client tax rates and per-product order limits (operator tools). */
  clientTerms: ClientTermsService;
  /** A client with its wallets, terms, rate limits and pricing (the console's client page, one request). */
  clientSummaries: ClientSummaryService;
  /** What a client ID and a product ID name, in one request (the console's orders filters). */
  lookup: LookupService;
  /** Operator accounts: login, logout, account management. */
  operators: OperatorsService;
  /** Operators' optional TOTP: enrolment, confirmation, disabling, the reset by another operator. */
  totp: TotpService<OperatorRecord>;
  /** The operator console's cookie sessions: sign-in, the check of each request, sign-out, the operator's list. */
  consoleSessions: ConsoleSessionsService;
  /** What opens an admin route: ADMIN_TOKEN, the local CLI token, operator JWTs. */
  operatorTokens: OperatorTokens;
  /** The client portal (docs/portal.md): its users, sessions, their TOTP, and what it reads beyond the client services. */
  portal: {
    users: ClientUsersService;
    sessions: PortalSessionsService;
    totp: TotpService<ClientUserRecord>;
    account: PortalAccountService;
    /** The catalog, quotes and orders of the portal: the client API's services (portal-shop.routes.ts). */
    shop: PortalShopDeps;
  };
  /** Order delivery: the background worker of this process, and the in-request delivery of small orders. */
  fulfilment: FulfilmentService;
  orders: OrdersService;
  /** Sends the order e-mail notices of the outbox (SMTP_URL, or .eml files in MAIL_DIR); started by startWorkers. */
  mailer: Mailer;
  /** The time rules read (webhook retries, failure windows, retention); a TestClock in tests. */
  clock: Clock;
  /** Webhook endpoints: client CRUD, rotation, test ping, redelivery of an event; the operator's list/disable/enable/attempts. */
  webhooks: WebhooksService;
  /** The events API (api.md 7): list after a cursor, show. */
  events: EventsService;
  /** This process's webhook delivery worker (started by startWorkers). */
  webhookWorker: WebhookDeliveryWorker;
  /** Low-balance alerts (docs/low-balance.md): thresholds, and the sweep that sends the alerts. */
  lowBalance: LowBalanceAlerts;
  /** This process's low-balance sweep (started by startWorkers; tests call lowBalance.sweep()). */
  lowBalanceWorker: LowBalanceWorker;
  /** Another delivery worker on this store (tests: a second process, shorter timeouts). */
  createWebhookWorker(overrides?: WebhookWorkerOverrides): WebhookDeliveryWorker;
  /** Starts this process's background workers (popup-store serve). */
  startWorkers(): void;
  /** Stops what startWorkers started, each waiting for the round it is in (close() does it first). */
  stopWorkers(): Promise<void>;
  close(): Promise<void>;
}

/**
 * PostgreSQL: every process notifies and listens through the database itself, so any two
 * processes on one database and schema hear each other whatever else is configured (a CLI with
 * DATABASE_URL only, a server with Redis too); with REDIS_URL, through Redis pub/sub as well.
 * The channel comes from the database, not from the spelling of its URL. PGlite: one process
 * owns the data directory (the CLI goes through the server's admin API), so memory suffices.
 */
async function createBus(config: Config, database: DatabaseHandle, log: FastifyBaseLogger): Promise<InvalidationBus> {
  if (database.engine !== 'postgres') return new MemoryInvalidationBus();
  // Loaded for PostgreSQL only (with the Redis client): the embedded database never needs them.
  const [{ invalidationChannel }, { BroadcastInvalidationBus }, { postgresTransport, redisTransport }] = await Promise.all([
    import('./infra/invalidation/channel.ts'),
    import('./infra/invalidation/broadcast-bus.ts'),
    import('./infra/invalidation/transports.ts'),
  ]);
  const channel = await invalidationChannel(database);
  const transports = [postgresTransport(database, channel), ...(config.redisUrl ? [redisTransport(config.redisUrl, channel)] : [])];
  const bus = new BroadcastInvalidationBus(transports, undefined, log);
  await bus.start();
  return bus;
}

export interface ContainerOptions {
  /** Keep the data-directory files (secrets, local admin token) in memory only: tests. */
  ephemeral?: boolean;
  /** Delivery timings (tests shorten backoff and leases). */
  fulfilment?: Partial<FulfilmentOptions>;
  /** Tests: a TestClock to move time forward. */
  clock?: Clock;
  /** Tests: e-mail notice timings (short backoff). */
  mail?: Partial<MailerOptions>;
  /** Tests: shorter webhook timeouts, leases, schedules. */
  webhooks?: WebhookWorkerOverrides;
  /** More static admin tokens: the CLI working in-process opens the admin routes with one of its own. */
  staticOperatorTokens?: StaticOperatorToken[];
}

/** What a test may change about webhook delivery. */
export type WebhookWorkerOverrides = Partial<
  Pick<DeliveryWorkerOptions, 'concurrency' | 'leaseMs' | 'idleDelayMs' | 'sweepIntervalMs' | 'stopGraceMs' | 'clock'> & {
    timeoutMs: number;
    rules: Partial<DeliveryRules>;
  }
>;

export async function createContainer(
  config: Config,
  database: DatabaseHandle,
  log: FastifyBaseLogger,
  options: ContainerOptions = {},
): Promise<Container> {
  const bus = await createBus(config, database, log);
  const redis = config.redisUrl ? new (await import('ioredis')).Redis(config.redisUrl, { maxRetriesPerRequest: 2 }) : null;
  redis?.on('error', (error) => log.warn({ err: error }, 'redis connection problem'));
  const signingSecret = options.ephemeral
    ? (config.jwtSecret ?? randomBytes(32).toString('hex'))
    : await loadSigningSecret(config.jwtSecret, database, config.dataDir);
  const signer = new AccessTokenSigner(signingSecret, config.accessTokenTtlSeconds);
  const { cipher: voucherCipher } = await loadVoucherCipher({
    configured: config.voucherEncryptionKey,
    database,
    dataDir: config.dataDir,
    ephemeral: options.ephemeral,
    log,
  });
  const authCache = new ClientAuthCache(database.db, bus, config.accessTokenTtlSeconds);
  const auth = new AuthService({
    db: database.db,
    signer,
    bus,
    refreshTokenTtlSeconds: config.refreshTokenTtlSeconds,
    log,
  });
  const clients = new ClientsService({ db: database.db, bus }, 'system');
  const credentials = new ApiCredentialsService({ db: database.db, bus });
  const allowlist = new AllowlistEditor({ db: database.db, bus });
  const topUp = new TopUpInstructionsService({ db: database.db }, 'system');
  const audit = new AuditService({ db: database.db });
  const reference = ReferenceService.create({ db: database.db, bus });
  const ledger = new LedgerService({ db: database.db });
  const wallets = new WalletsService({ db: database.db }, 'system');
  const fx = new FxService({ db: database.db }, 'system');
  const suppliers = SupplierRegistry.withDefaults({
    db: database.db,
    voucherCipher,
    testSupplier: config.enableTestSupplier,
    storeMode: config.storeMode,
  });
  const supplierHealth = new SupplierHealthService({ db: database.db, suppliers });
  const testSupplier = (suppliers.get('test') as TestSupplier | undefined) ?? null;
  const inventory = new InventoryService({ db: database.db, cipher: voucherCipher });
  const overview = new OverviewService({ db: database.db, inventory, ledger });
  const keyWarning = await voucherKeyWarning(database.db, voucherCipher);
  if (keyWarning) log.warn(keyWarning);
  const catalog = CatalogService.create({ db: database.db, bus, suppliers, storeMode: config.storeMode });
  const quotes = new QuoteService({ db: database.db, catalog: catalog.view, fx, context: new QuoteContextCache(database.db, bus) });
  const fulfilment = new FulfilmentService(
    { db: database.db, suppliers, cipher: voucherCipher, log },
    {
      ...config.fulfilment,
      ...options.fulfilment,
    },
  );
  const orders = OrdersService.create({ db: database.db, quotes, suppliers, fulfilment, cipher: voucherCipher, storedErrors: storedErrorCodec });
  const mailer = new Mailer(
    { db: database.db, transport: createMailTransport(config.mail), from: config.mail.from, log, opener: voucherCipher },
    { maxAttempts: config.mail.maxAttempts, ...options.mail },
  );
  const clientTerms = new ClientTermsService({ db: database.db, bus }, 'system');
  const clientSummaries = new ClientSummaryService({ clients, wallets, terms: clientTerms, catalog, credentials, topUp });
  const lookup = new LookupService({ clients, catalog });
  const staticOperatorTokens = [
    ...(config.adminToken ? [{ token: config.adminToken, operator: 'admin-token' }] : []),
    ...(!options.ephemeral && database.engine === 'pglite'
      ? [{ token: await fileSecret(config.dataDir, 'admin-token'), operator: 'local-cli' }]
      : []),
    ...(options.staticOperatorTokens ?? []),
  ];
  const clock = options.clock ?? systemClock;
  const operatorSigner = new OperatorTokenSigner(signingSecret);
  // TOTP secrets are sealed with the store's at-rest key, as voucher codes are.
  const totp = new TotpService({ db: database.db, sealer: voucherCipher, clock, accounts: operatorTotpAccounts }, 'system');
  const checkCredentials = (input: CredentialsInput, context: SignInContext) =>
    checkOperatorCredentials({ db: database.db, totp, log }, input, context);
  const operators = new OperatorsService({ db: database.db, bus, signer: operatorSigner, log, clock, checkCredentials }, 'system');
  const consoleSessions = new ConsoleSessionsService({ db: database.db, clock, limits: config.consoleSessions, checkCredentials }, 'system');
  const operatorTokens = new OperatorTokens(staticOperatorTokens, operatorSigner, new OperatorAuthCache(database.db, bus), consoleSessions);
  const webhookPolicy = { mode: config.storeMode, allowPrivateTargets: config.webhookAllowPrivateTargets };
  const senders: WebhookSender[] = [];
  const createWebhookWorker = (overrides: WebhookWorkerOverrides = {}) => {
    const merged = { ...options.webhooks, ...overrides };
    const sender = new WebhookSender({ policy: webhookPolicy, timeoutMs: merged.timeoutMs, userAgent: 'PopupRewardStore-Webhooks/1' });
    senders.push(sender);
    return new WebhookDeliveryWorker({
      ...merged,
      db: database.db,
      database,
      cipher: voucherCipher,
      sender,
      clock: merged.clock ?? clock,
      log,
      rules: { ...DEFAULT_DELIVERY_RULES, ...merged.rules },
      retentionDays: config.eventRetentionDays,
    });
  };
  const webhookWorker = createWebhookWorker();
  const pingSender = new WebhookSender({ policy: webhookPolicy, timeoutMs: options.webhooks?.timeoutMs, userAgent: 'PopupRewardStore-Webhooks/1' });
  senders.push(pingSender);
  const webhooks = new WebhooksService(
    {
      db: database.db,
      cipher: voucherCipher,
      clock,
      policy: webhookPolicy,
      attempt: new DeliveryAttempt({ db: database.db, cipher: voucherCipher, sender: pingSender, clock, log, rules: DEFAULT_DELIVERY_RULES }),
    },
    'system',
  );
  const events = new EventsService({ db: database.db });
  const lowBalance = new LowBalanceAlerts({ db: database.db, clock, log, publicUrl: config.publicUrl, onQueued: () => mailer.wake() });
  const lowBalanceWorker = new LowBalanceWorker({ alerts: lowBalance, database, log });
  const portalUsers = new ClientUsersService({
    db: database.db,
    clock,
    sealer: voucherCipher,
    settings: config.portal,
    publicUrl: config.publicUrl,
    storeMode: config.storeMode,
    log,
  });
  const portalTotp = new TotpService({ db: database.db, sealer: voucherCipher, clock, accounts: clientUserTotpAccounts }, 'system');
  const portal = {
    users: portalUsers,
    sessions: new PortalSessionsService({ db: database.db, clock, limits: config.portal.sessions, totp: portalTotp, log }),
    totp: portalTotp,
    account: new PortalAccountService({ db: database.db, clock, wallets, orders, users: portalUsers, audit }),
    shop: { catalog: catalog.view, quotes, orders, clients: authCache },
  };
  if (config.storeMode === 'production' && config.webhookAllowPrivateTargets) {
    log.warn('WEBHOOK_ALLOW_PRIVATE_TARGETS is on in production mode: webhooks may be pointed at this network (docs/webhooks.md)');
  }
  const stopWorkers = async () => {
    await fulfilment.stop();
    await webhookWorker.stop();
    await lowBalanceWorker.stop();
    await mailer.stop();
  };
  return {
    config,
    database,
    bus,
    redis,
    signer,
    voucherCipher,
    authCache,
    auth,
    clients,
    credentials,
    allowlist,
    topUp,
    audit,
    reference,
    ledger,
    wallets,
    fx,
    suppliers,
    supplierHealth,
    overview,
    testSupplier,
    inventory,
    catalog,
    quotes,
    clientTerms,
    clientSummaries,
    lookup,
    operators,
    totp,
    consoleSessions,
    operatorTokens,
    portal,
    fulfilment,
    orders,
    mailer,
    clock,
    webhooks,
    events,
    webhookWorker,
    lowBalance,
    lowBalanceWorker,
    createWebhookWorker,
    startWorkers() {
      // The dummy hash of logins with an unknown username, made in the background once the server
      // listens (two argon2 runs), rather than before: a CLI command never needs it.
      warmUpCredentials().catch((error: unknown) => log.warn({ err: error }, 'argon2 warm-up failed'));
      fulfilment.start();
      void webhookWorker.start();
      void lowBalanceWorker.start();
      mailer.start();
    },
    stopWorkers,
    async close() {
      await stopWorkers();
      await Promise.all(senders.map((sender) => sender.close()));
      await bus.close();
      redis?.disconnect();
      await database.close();
    },
  };
}
