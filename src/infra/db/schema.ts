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
}

export type ClientRow = Selectable<ClientsTable>;
export type NewClientRow = Insertable<ClientsTable>;
export type RefreshTokenRow = Selectable<RefreshTokensTable>;
