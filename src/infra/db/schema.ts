import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type MutableTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ClientsTable {
  id: Generated<number>;
  name: string;
  username: string;
  secret_hash: string;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  features: ColumnType<string[], string[] | undefined, string[]>;
  token_version: ColumnType<number, number | undefined, number>;
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
  created_at: CreatedAt;
  revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  revoked_reason: ColumnType<string | null, string | null | undefined, string | null>;
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

export type ClientRow = Selectable<ClientsTable>;
export type NewClientRow = Insertable<ClientsTable>;
export type RefreshTokenRow = Selectable<RefreshTokensTable>;
