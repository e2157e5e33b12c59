import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type MutableTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface ClientsTable {
  id: Generated<number>;
  name: string;
  /** The username of the client's first API credential (021_api_credentials). */
  username: string;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  features: ColumnType<string[], string[] | undefined, string[]>;
  token_version: ColumnType<number, number | undefined, number>;
  /** The demo client of `popup-store demo`: the only client that sees demo products in production mode. */
  demo: ColumnType<boolean, boolean | undefined, boolean>;
  /** Per-client rate limits, requests per minute (016_client_rate_limits); null: the configured default. */
  rate_limit_read: ColumnType<number | null, number | null | undefined, number | null>;
  rate_limit_orders: ColumnType<number | null, number | null | undefined, number | null>;
  rate_limit_quotes: ColumnType<number | null, number | null | undefined, number | null>;
  /** How this client tops up its wallets (021_api_credentials); null: the store's text. */
  top_up_instructions: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
  updated_at: MutableTimestamp;
}

export interface ClientIpAllowlistTable {
  id: Generated<number>;
  client_id: number;
  cidr: string;
  created_at: CreatedAt;
}

export interface TokenFamiliesTable {
  id: string;
  client_id: number;
  /** The API credential that logged in (021_api_credentials): revoking it revokes the family. */
  credential_id: number;
  created_at: CreatedAt;
  revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  revoked_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A client's API credentials (021_api_credentials): the secret is known only by its argon2id hash. */
export interface ClientCredentialsTable {
  id: Generated<number>;
  client_id: ColumnType<number, number, never>;
  name: ColumnType<string, string, never>;
  username: ColumnType<string, string, never>;
  secret_hash: string;
  /** The actor who created it: operator:NAME, cli, client_user:N, or migration. */
  created_by: ColumnType<string, string, never>;
  created_at: CreatedAt;
  /** The last login with it, and its address (set at login, not per request). */
  last_used_at: NullableTimestamp;
  last_used_ip: ColumnType<string | null, string | null | undefined, string | null>;
  revoked_at: NullableTimestamp;
  revoked_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface RefreshTokensTable {
  id: Generated<bigint>;
  token_hash: string;
  family_id: string;
  client_id: number;
  issued_at: CreatedAt;
  expires_at: ColumnType<Date, Date | string, never>;
  rotated_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface AuditLogTable {
  id: Generated<bigint>;
  actor: string;
  action: string;
  target: string | null;
  details: ColumnType<Record<string, unknown>, string, never>;
  /** The client the entry concerns (015_audit_log_client), set by recordAudit; null for none. */
  client_id: ColumnType<number | null, number | null | undefined, never>;
  created_at: CreatedAt;
}

export interface CountriesTable {
  /** The ISO 3166-1 numeric code as an integer (840 for the USA). */
  id: number;
  name: string;
  official_name: string;
  alpha_2: string;
  alpha_3: string;
  numeric_code: string;
  dialing_prefix: string | null;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  updated_at: MutableTimestamp;
}

export interface CurrenciesTable {
  /** The ISO 4217 numeric code as an integer (840 for USD). */
  id: number;
  code: string;
  name: string;
  numeric_code: string;
  /** ISO 4217 minor unit: the API's `precision` (USD 2, JPY 0, KWD 3). */
  minor_units: number;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  updated_at: MutableTimestamp;
}

export interface CategoriesTable {
  id: Generated<number>;
  name: string;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  updated_at: MutableTimestamp;
}

export interface SubcategoriesTable {
  id: Generated<number>;
  category_id: number;
  name: string;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  updated_at: MutableTimestamp;
}

/** NUMERIC columns: exact decimal text both ways (never a JavaScript number). */
type Numeric = ColumnType<string, string, string>;
type NullableText = ColumnType<string | null, string | null | undefined, string | null>;

export type VoucherType = 'CODE' | 'CODE_WITH_PIN' | 'URL';

export interface ProductsTable {
  id: Generated<number>;
  name: string;
  category_id: number;
  subcategory_id: ColumnType<number | null, number | null | undefined, number | null>;
  country_id: number;
  currency_id: number;
  image_url: NullableText;
  delivery_mode: NullableText;
  delivery_time: NullableText;
  validity: NullableText;
  description: NullableText;
  redemption_instructions: NullableText;
  terms: NullableText;
  voucher_type: ColumnType<VoucherType, VoucherType | undefined, VoucherType>;
  /** Which fulfilment supplier delivers it (`sandbox`, `inventory`, …). */
  supplier: ColumnType<string, string | undefined, string>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  /** Demo data (`popup-store demo`): in production mode only demo clients see and order it. */
  demo: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  updated_at: MutableTimestamp;
}

export interface ProductDenominationsTable {
  id: Generated<number>;
  product_id: number;
  /** Face values in the product currency; min = max for a fixed value. */
  min_value: Numeric;
  max_value: Numeric;
  /** Default discount, a percentage. */
  discount: ColumnType<string, string | undefined, string>;
  created_at: CreatedAt;
  updated_at: MutableTimestamp;
}

export interface ClientProductBlacklistTable {
  client_id: number;
  product_id: number;
  created_at: CreatedAt;
}

export interface ClientProductDiscountsTable {
  id: Generated<number>;
  client_id: number;
  product_id: number;
  /** Null: every range of the product. */
  denomination_id: number | null;
  discount: Numeric;
  created_at: CreatedAt;
  updated_at: MutableTimestamp;
}

export interface Database {
  clients: ClientsTable;
  client_ip_allowlist: ClientIpAllowlistTable;
  token_families: TokenFamiliesTable;
  client_credentials: ClientCredentialsTable;
  refresh_tokens: RefreshTokensTable;
  settings: SettingsTable;
  audit_log: AuditLogTable;
  countries: CountriesTable;
  currencies: CurrenciesTable;
  categories: CategoriesTable;
  subcategories: SubcategoriesTable;
  products: ProductsTable;
  product_denominations: ProductDenominationsTable;
  client_product_blacklist: ClientProductBlacklistTable;
  client_product_discounts: ClientProductDiscountsTable;
  ledger_accounts: LedgerAccountsTable;
  wallets: WalletsTable;
  ledger_transactions: LedgerTransactionsTable;
  ledger_entries: LedgerEntriesTable;
  fx_rates: FxRatesTable;
  operators: OperatorsTable;
  operator_sessions: OperatorSessionsTable;
  operator_recovery_codes: OperatorRecoveryCodesTable;
  client_users: ClientUsersTable;
  client_user_invitations: ClientUserInvitationsTable;
  client_user_sessions: ClientUserSessionsTable;
  client_user_password_resets: ClientUserPasswordResetsTable;
  client_user_recovery_codes: ClientUserRecoveryCodesTable;
  events: EventsTable;
  orders: OrdersTable;
  order_vouchers: OrderVouchersTable;
  fulfilment_jobs: FulfilmentJobsTable;
  idempotency_keys: IdempotencyKeysTable;
  wallet_adjustment_keys: WalletAdjustmentKeysTable;
  email_outbox: EmailOutboxTable;
  client_terms: ClientTermsTable;
  client_product_limits: ClientProductLimitsTable;
  inventory_batches: InventoryBatchesTable;
  voucher_inventory: VoucherInventoryTable;
  inventory_thresholds: InventoryThresholdsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
}

// ---- ledger (004_ledger): money is BIGINT minor units, returned as bigint by both engines ----

export type LedgerAccountKind = 'CLIENT_WALLET' | 'FUNDING' | 'REVENUE' | 'SUPPLIER_PAYABLE' | 'FX';
export type WalletType = 'PREPAID' | 'POSTPAID';
export type TransactionType = 'CREDIT' | 'DEBIT';
export type TransactionStatus = 'COMPLETED' | 'PENDING' | 'FAILED';
type ImmutableMinor = ColumnType<bigint, bigint | string, never>;
type ImmutableNullableMinor = ColumnType<bigint | null, bigint | string | null | undefined, never>;
type ImmutableNullableInt = ColumnType<number | null, number | null | undefined, never>;

export interface LedgerAccountsTable {
  id: Generated<number>;
  /** Unique: `WALLET:<client id>:<currency id>` for a wallet, `<KIND>:<currency id>` for an operator account. */
  code: string;
  kind: LedgerAccountKind;
  currency_id: number;
  created_at: CreatedAt;
}

export interface WalletsTable {
  id: Generated<number>;
  client_id: number;
  currency_id: number;
  type: WalletType;
  credit_limit: ColumnType<bigint, bigint | string | undefined, bigint | string>;
  /** Cache of the sum of the wallet's COMPLETED transactions (checked by `reconcile`). */
  balance: ColumnType<bigint, bigint | string | undefined, bigint | string>;
  account_id: number;
  created_by: string;
  created_at: CreatedAt;
  updated_at: MutableTimestamp;
  /** Minor units; null: no low-balance alert (022_low_balance_alerts). */
  low_balance_threshold: ColumnType<bigint | null, bigint | string | null | undefined, bigint | string | null>;
  /** An alert was sent and the balance has not been back at the threshold since (the trigger clears it). */
  low_balance_alerted: Generated<boolean>;
  low_balance_alerted_at: Date | null;
}

/** Immutable once written (a trigger refuses UPDATE and DELETE). */
export interface LedgerTransactionsTable {
  id: Generated<number>;
  wallet_id: ColumnType<number, number, never>;
  client_id: ColumnType<number, number, never>;
  currency_id: ColumnType<number, number, never>;
  /** Signed: CREDIT positive, DEBIT negative. */
  amount: ImmutableMinor;
  transaction_type: ColumnType<TransactionType, TransactionType, never>;
  status: ColumnType<TransactionStatus, TransactionStatus, never>;
  reason: ColumnType<string, string, never>;
  remarks: ColumnType<string, string, never>;
  order_id: ImmutableNullableInt;
  balance_after: ImmutableNullableMinor;
  counter_account_id: ColumnType<number, number, never>;
  source_currency_id: ImmutableNullableInt;
  destination_currency_id: ImmutableNullableInt;
  source_amount: ImmutableNullableMinor;
  forex_rate: ColumnType<string | null, string | null | undefined, never>;
  conversion_charges: ImmutableNullableMinor;
  actor: ColumnType<string, string, never>;
  created_at: CreatedAt;
}

/** Immutable once written (a trigger refuses UPDATE and DELETE). */
export interface LedgerEntriesTable {
  id: Generated<bigint>;
  transaction_id: ColumnType<number, number, never>;
  account_id: ColumnType<number, number, never>;
  currency_id: ColumnType<number, number, never>;
  amount: ImmutableMinor;
  created_at: CreatedAt;
}

/** Append-only history; the rate in force is the newest row already valid. */
export interface FxRatesTable {
  id: Generated<number>;
  source_currency_id: number;
  destination_currency_id: number;
  /** NUMERIC(30,12) as exact decimal text. */
  rate: ColumnType<string, string, never>;
  /** Minor units of the destination currency. */
  conversion_fee: ColumnType<bigint, bigint | string | undefined, never>;
  valid_from: ColumnType<Date, Date | string, never>;
  valid_to: ColumnType<Date | null, Date | string | null | undefined, never>;
  created_by: string;
  created_at: CreatedAt;
}

// ---- operators (005_operators): admin API accounts ----

export interface OperatorsTable {
  id: Generated<number>;
  username: string;
  /** argon2id */
  password_hash: string;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  /** Bumped to revoke every operator token issued before (logout, deactivation, new password). */
  token_version: ColumnType<number, number | undefined, number>;
  /** The TOTP secret, sealed with the at-rest key (019_operator_console); set at enrolment, before it is enabled. */
  totp_secret: ColumnType<string | null, string | null | undefined, string | null>;
  totp_enabled: ColumnType<boolean, boolean | undefined, boolean>;
  /** The time step of the last code accepted: no code is accepted twice. */
  totp_last_step: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: CreatedAt;
  updated_at: MutableTimestamp;
}

/** Console sign-in sessions (019_operator_console): the cookie's token is known only by its SHA-256. */
export interface OperatorSessionsTable {
  id: Generated<number>;
  operator_id: number;
  token_hash: string;
  created_at: ColumnType<Date, Date, never>;
  last_seen_at: ColumnType<Date, Date, Date>;
  /** Absolute end (CONSOLE_SESSION_HOURS after sign-in). */
  expires_at: ColumnType<Date, Date, never>;
  ip: string;
  user_agent: string | null;
  revoked_at: NullableTimestamp;
}

/** One-time recovery codes of an operator with TOTP, as SHA-256 hashes. */
export interface OperatorRecoveryCodesTable {
  id: Generated<number>;
  operator_id: number;
  code_hash: string;
  used_at: NullableTimestamp;
  created_at: CreatedAt;
}

// ---- client portal (020_client_portal): people of a client, their sessions, invitations, resets ----

export type ClientUserRole = 'owner' | 'admin' | 'developer' | 'finance' | 'viewer';

export interface ClientUsersTable {
  id: Generated<number>;
  client_id: ColumnType<number, number, never>;
  /** Lower-case; unique in the store. */
  email: ColumnType<string, string, never>;
  role: ClientUserRole;
  /** argon2id; null until the invitation is accepted. */
  password_hash: ColumnType<string | null, string | null | undefined, string | null>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  /** Sealed with the at-rest key; set at enrolment, before it is enabled. */
  totp_secret: ColumnType<string | null, string | null | undefined, string | null>;
  totp_enabled: ColumnType<boolean, boolean | undefined, boolean>;
  totp_last_step: ColumnType<number | null, number | null | undefined, number | null>;
  /** The actor who invited the user: operator:NAME, cli, or client_user:N. */
  invited_by: ColumnType<string, string, never>;
  created_at: CreatedAt;
  updated_at: MutableTimestamp;
}

/** Single-use invitation links; the token is known only by its SHA-256. */
export interface ClientUserInvitationsTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  expires_at: ColumnType<Date, Date, never>;
  accepted_at: NullableTimestamp;
  /** Replaced by a newer invitation of the same user. */
  revoked_at: NullableTimestamp;
  invited_by: ColumnType<string, string, never>;
  created_at: CreatedAt;
}

/** Portal sign-in sessions: the cookie's token is known only by its SHA-256. */
export interface ClientUserSessionsTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  created_at: ColumnType<Date, Date, never>;
  last_seen_at: ColumnType<Date, Date, Date>;
  expires_at: ColumnType<Date, Date, never>;
  ip: string;
  user_agent: string | null;
  revoked_at: NullableTimestamp;
}

export interface ClientUserPasswordResetsTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  expires_at: ColumnType<Date, Date, never>;
  used_at: NullableTimestamp;
  created_at: CreatedAt;
}

export interface ClientUserRecoveryCodesTable {
  id: Generated<number>;
  user_id: number;
  code_hash: string;
  used_at: NullableTimestamp;
  created_at: CreatedAt;
}

export type ClientRow = Selectable<ClientsTable>;
export type NewClientRow = Insertable<ClientsTable>;
export type RefreshTokenRow = Selectable<RefreshTokensTable>;

// ---- events (006_events) ----

export interface EventsTable {
  id: Generated<bigint>;
  public_id: string;
  client_id: number;
  type: string;
  data: ColumnType<Record<string, unknown>, string, never>;
  created_at: CreatedAt;
}

// ---- client terms (007_client_terms): what the quote prices with besides the catalog ----

export interface ClientTermsTable {
  client_id: number;
  /** Percentage, NUMERIC(6,3) as exact decimal text: 0 … 100. */
  tax_rate: ColumnType<string, string | undefined, string>;
  created_at: CreatedAt;
  updated_at: MutableTimestamp;
}

export interface ClientProductLimitsTable {
  client_id: number;
  product_id: number;
  /** 1 … 5000 (MAX_ORDER_QUANTITY). */
  max_quantity: number;
  created_at: CreatedAt;
  updated_at: MutableTimestamp;
}

// ---- orders (009_orders) ----

export type OrderStatus = 'PENDING' | 'DELIVERED' | 'PARTIALLY_DELIVERED' | 'FAILED' | 'CANCELLED';
export const ORDER_STATUSES: readonly OrderStatus[] = ['PENDING', 'DELIVERED', 'PARTIALLY_DELIVERED', 'FAILED', 'CANCELLED'];
type Mutable<T> = ColumnType<T, T | undefined, T>;

export interface OrdersTable {
  id: Generated<number>;
  client_id: number;
  product_id: number;
  product_name: string;
  supplier: string;
  voucher_type: VoucherType;
  product_currency_id: number;
  /** Minor units of the product currency. */
  denomination: ImmutableMinor;
  quantity: number;
  amount: ImmutableMinor;
  /** Percentage as exact decimal text. */
  discount_rate: ColumnType<string, string, never>;
  discount_amount: ImmutableMinor;
  wallet_id: number;
  wallet_currency_id: number;
  total_payable: ImmutableMinor;
  transaction_id: Mutable<number | null>;
  refunded_amount: ColumnType<bigint, bigint | undefined, bigint>;
  /** What operator retries charged again of the refunds, minor units (017_order_retries). */
  recharged_amount: ColumnType<bigint, bigint | undefined, bigint>;
  client_reference: string | null;
  ref: string | null;
  idempotency_key: string | null;
  email: string | null;
  status: Mutable<OrderStatus>;
  delivered_quantity: Mutable<number>;
  message: Mutable<string | null>;
  failure_code: Mutable<string | null>;
  failure_reason: Mutable<string | null>;
  /** Why an operator cancelled it: for the operator and the audit log, never the client. */
  operator_remarks: Mutable<string | null>;
  created_at: CreatedAt;
  updated_at: MutableTimestamp;
  completed_at: NullableTimestamp;
}

export interface OrderVouchersTable {
  order_id: number;
  unit: number;
  /** AES-256-GCM sealed voucher (VoucherCipher.seal). */
  payload: string;
  created_at: CreatedAt;
}

export interface FulfilmentJobsTable {
  order_id: number;
  run_at: MutableTimestamp;
  attempts: Mutable<number>;
  locked_by: Mutable<string | null>;
  locked_until: NullableTimestamp;
  last_error: Mutable<string | null>;
  created_at: CreatedAt;
}

export interface IdempotencyKeysTable {
  client_id: number;
  key: string;
  request_hash: string;
  state: Mutable<'IN_PROGRESS' | 'DONE'>;
  locked_until: MutableTimestamp;
  response_status: Mutable<number | null>;
  response_body: Mutable<string | null>;
  order_id: Mutable<number | null>;
  created_at: CreatedAt;
  expires_at: MutableTimestamp;
}

/** Written once, with the operator's credit or debit it made. */
export interface WalletAdjustmentKeysTable {
  key: ColumnType<string, string, never>;
  request_hash: ColumnType<string, string, never>;
  transaction_id: ColumnType<number, number, never>;
  created_at: CreatedAt;
}

export interface EmailOutboxTable {
  id: Generated<bigint>;
  order_id: number | null;
  recipient: string;
  subject: string;
  body: string;
  status: Mutable<'PENDING' | 'SENT' | 'FAILED'>;
  attempts: Mutable<number>;
  next_attempt_at: MutableTimestamp;
  locked_until: NullableTimestamp;
  last_error: Mutable<string | null>;
  sent_at: NullableTimestamp;
  created_at: CreatedAt;
  /** The body is sealed with the at-rest key (020_client_portal): a message whose link carries a token. */
  body_sealed: ColumnType<boolean, boolean | undefined, never>;
}

// ---- inventory (008_inventory): imported voucher codes, encrypted; face values NUMERIC(19,4) as text ----

export type InventoryStatus = 'AVAILABLE' | 'RESERVED' | 'ISSUED' | 'VOID';

export interface InventoryBatchesTable {
  id: Generated<number>;
  product_id: number;
  denomination: Numeric;
  quantity: number;
  /** The file name given to the import, if any (never its content). */
  source: NullableText;
  created_by: string;
  created_at: CreatedAt;
}

export interface VoucherInventoryTable {
  id: Generated<number>;
  product_id: number;
  denomination: Numeric;
  batch_id: number;
  /** HMAC of the code (keyed by the voucher key), unique per product. */
  fingerprint: string;
  /** The voucher as JSON, AES-256-GCM encrypted (`VoucherCipher.seal`). */
  payload: string;
  expires_at: NullableTimestamp;
  status: ColumnType<InventoryStatus, InventoryStatus | undefined, InventoryStatus>;
  /** Set while RESERVED or ISSUED; no foreign key (see the migration). */
  order_id: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: CreatedAt;
  reserved_at: NullableTimestamp;
  issued_at: NullableTimestamp;
}

export interface InventoryThresholdsTable {
  product_id: number;
  denomination: Numeric;
  threshold: number;
  updated_by: string;
  updated_at: MutableTimestamp;
}

// ---- webhooks (010_webhooks) ----

export interface WebhookEndpointsTable {
  id: Generated<number>;
  client_id: number;
  url: string;
  description: string | null;
  /** Event types the endpoint receives; `*` for all. */
  events: ColumnType<string[], string[], string[]>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  /** Sealed with the store's encryption key (VoucherCipher). */
  secret: string;
  previous_secret: ColumnType<string | null, string | null | undefined, string | null>;
  previous_secret_expires_at: NullableTimestamp;
  disabled_at: NullableTimestamp;
  disabled_reason: ColumnType<string | null, string | null | undefined, string | null>;
  /** `system` (failing for too long) or `operator:<name>`. */
  disabled_by: ColumnType<string | null, string | null | undefined, string | null>;
  failing_since: NullableTimestamp;
  last_success_at: NullableTimestamp;
  last_failure_at: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: MutableTimestamp;
}

export type WebhookDeliveryKind = 'event' | 'redeliver' | 'test';
export type WebhookDeliveryStatus = 'pending' | 'succeeded' | 'failed';

export interface WebhookDeliveriesTable {
  id: Generated<bigint>;
  event_id: bigint;
  endpoint_id: number;
  kind: ColumnType<WebhookDeliveryKind, WebhookDeliveryKind | undefined, never>;
  status: ColumnType<WebhookDeliveryStatus, WebhookDeliveryStatus | undefined, WebhookDeliveryStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
  first_attempt_at: NullableTimestamp;
  locked_until: NullableTimestamp;
  lock_token: ColumnType<string | null, string | null | undefined, string | null>;
  last_status_code: ColumnType<number | null, number | null | undefined, number | null>;
  last_error: ColumnType<string | null, string | null | undefined, string | null>;
  completed_at: NullableTimestamp;
  created_at: CreatedAt;
}

export interface WebhookAttemptsTable {
  id: Generated<bigint>;
  delivery_id: bigint;
  endpoint_id: number;
  attempt: number;
  started_at: ColumnType<Date, Date | string, never>;
  duration_ms: number;
  status_code: number | null;
  success: boolean;
  error: string | null;
}
