import path from 'node:path';
import { parseVoucherKey } from './infra/crypto/voucher-cipher.ts';
import type { DatabaseConfig } from './infra/db/open.ts';
import { DEFAULT_POOL_TIMEOUT_SECONDS } from './infra/db/pool-defaults.ts';
import type { SessionLimits } from './infra/sessions/cookie-sessions.ts';
import addressparser from 'nodemailer/lib/addressparser';
import type { MailConfig } from './notifications/mail-transport.ts';
import { SmtpUrl } from './notifications/smtp-url.ts';

export interface RateLimits {
  login: number;
  refresh: number;
  read: number;
  orders: number;
  quotes: number;
}

export interface Config extends DatabaseConfig {
  host: string;
  port: number;
  redisUrl: string | null;
  jwtSecret: string | null;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  rateLimits: RateLimits;
  trustProxy: string[];
  bodyLimitBytes: number;
  /** Socket limits of the HTTP server: HEADERS_TIMEOUT, REQUEST_TIMEOUT, KEEP_ALIVE_TIMEOUT, MAX_CONNECTIONS_PER_IP. */
  connections: ConnectionLimits;
  logLevel: string;
  adminToken: string | null;
  shutdownTimeoutMs: number;
  /** 32 bytes (VOUCHER_ENCRYPTION_KEY); null: generated and kept by the store (docs/inventory.md). */
  voucherEncryptionKey: Buffer | null;
  /** ENABLE_TEST_SUPPLIER: register the failure-injecting `test` supplier (never in production). */
  enableTestSupplier: boolean;
  /** STORE_MODE: `production` (default) or `sandbox`. */
  storeMode: StoreMode;
  /** WEBHOOK_ALLOW_PRIVATE_TARGETS: webhooks may target loopback/private addresses (docs/webhooks.md). */
  webhookAllowPrivateTargets: boolean;
  /** EVENT_RETENTION_DAYS: events (and their deliveries) are deleted after this many days, ≥ 30. */
  eventRetentionDays: number;
  /** Order delivery (docs/orders.md): FULFILMENT_BATCH_SIZE, FULFILMENT_LEASE_SECONDS, FULFILMENT_MAX_ATTEMPTS. */
  fulfilment: { batchSize: number; leaseMs: number; maxAttempts: number };
  /** Order e-mail notices (docs/orders.md#e-mail-notices). */
  mail: MailConfig;
  /** Operator console sessions: CONSOLE_SESSION_IDLE_MINUTES (sliding), CONSOLE_SESSION_HOURS (absolute). */
  consoleSessions: SessionLimits;
  /** PUBLIC_URL: the store's address as people reach it, for links in e-mails (no trailing slash); null: the request's origin. */
  publicUrl: string | null;
  /** The client portal (docs/portal.md): invitation and password-reset links, sessions. */
  portal: PortalSettings;
}

export interface PortalSettings {
  /** PORTAL_INVITATION_HOURS: an invitation link works this long. */
  invitationMs: number;
  /** PORTAL_PASSWORD_RESET_MINUTES: a password-reset link works this long. */
  passwordResetMs: number;
  /** PORTAL_SESSION_IDLE_MINUTES (sliding), PORTAL_SESSION_HOURS (absolute). */
  sessions: SessionLimits;
}

export interface ConnectionLimits {
  /** HEADERS_TIMEOUT: a connection that has not sent a complete request head by then is closed (408), idle ones included. */
  headersTimeoutMs: number;
  /** REQUEST_TIMEOUT: time to receive a whole request, head and body (408 after it); ≥ the headers timeout. */
  requestTimeoutMs: number;
  /** KEEP_ALIVE_TIMEOUT: an idle kept-alive connection is closed after this long without a new request. */
  keepAliveTimeoutMs: number;
  /** MAX_CONNECTIONS_PER_IP: open connections per socket address (a proxy's, behind one); more are closed at once. 0: no cap. */
  maxPerAddress: number;
}

export const DEFAULT_MAIL_FROM = 'Popup Reward Store <no-reply@localhost>';

/** One mailbox (`Name <a@b>` or `a@b`), as the From header takes it. */
function isMailbox(text: string): boolean {
  const parsed = addressparser(text);
  return parsed.length === 1 && typeof parsed[0]!.address === 'string' && /^[^@\s]+@[^@\s]+$/.test(parsed[0]!.address);
}

export type StoreMode = 'production' | 'sandbox';

/** PUBLIC_URL without its trailing slash; null when unset, undefined when it is no http(s) URL with a host and no query. */
function publicUrlOf(text: string | null): string | null | undefined {
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '' || url.search || url.hash || url.username) return undefined;
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Reads and validates every setting; collects all problems so one boot shows them all. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const text = (name: string): string | null => {
    const value = env[name]?.trim();
    return value ? value : null;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = text(name);
    if (raw === null) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return Number(raw);
  };

  const databaseUrl = text('DATABASE_URL');
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const databaseSchema = text('DATABASE_SCHEMA');
  if (databaseSchema !== null && !SCHEMA_NAME.test(databaseSchema)) {
    problems.push('DATABASE_SCHEMA must be a lower-case identifier (letters, digits, underscore)');
  }
  const redisUrl = text('REDIS_URL');
  if (redisUrl !== null && !/^rediss?:\/\//.test(redisUrl)) {
    problems.push('REDIS_URL must start with redis:// or rediss://');
  }
  const jwtSecret = text('JWT_SECRET');
  if (jwtSecret !== null && jwtSecret.length < 32) {
    problems.push('JWT_SECRET must be at least 32 characters long');
  }
  const adminToken = text('ADMIN_TOKEN');
  if (adminToken !== null && adminToken.length < 32) {
    problems.push('ADMIN_TOKEN must be at least 32 characters long');
  }
  const voucherKeyText = text('VOUCHER_ENCRYPTION_KEY');
  const voucherEncryptionKey = voucherKeyText === null ? null : parseVoucherKey(voucherKeyText);
  if (voucherKeyText !== null && voucherEncryptionKey === null) {
    problems.push(
      'VOUCHER_ENCRYPTION_KEY must be 32 bytes written as base64 (44 characters) or hex (64 characters); make one with: openssl rand -base64 32',
    );
  }
  /** true/1 or false/0; a problem otherwise. */
  const flag = (name: string, fallback: boolean): boolean => {
    const value = (text(name) ?? String(fallback)).toLowerCase();
    if (!['true', '1', 'false', '0'].includes(value)) problems.push(`${name} must be true or false`);
    return value === 'true' || value === '1';
  };
  const enableTestSupplier = flag('ENABLE_TEST_SUPPLIER', false);
  const databasePreparedStatements = flag('DATABASE_PREPARED_STATEMENTS', true);
  const storeMode = (text('STORE_MODE') ?? 'production').toLowerCase();
  if (storeMode !== 'production' && storeMode !== 'sandbox') {
    problems.push('STORE_MODE must be production or sandbox');
  }
  // Private webhook targets: allowed by default only in sandbox mode (docs/webhooks.md, SSRF).
  const webhookAllowPrivateTargets = flag('WEBHOOK_ALLOW_PRIVATE_TARGETS', storeMode === 'sandbox');
  const smtpUrlText = text('SMTP_URL');
  const smtpUrl = smtpUrlText === null ? null : SmtpUrl.parse(smtpUrlText);
  if (smtpUrlText !== null && smtpUrl === null) {
    // Never echo the value: it may hold a password.
    problems.push('SMTP_URL must be an smtp:// or smtps:// URL with a host, e.g. smtp://user:pass@mail.example.com:587');
  }
  const mailFrom = text('MAIL_FROM') ?? DEFAULT_MAIL_FROM;
  if (!isMailbox(mailFrom)) {
    problems.push('MAIL_FROM must be one e-mail address, e.g. "Popup Reward Store <no-reply@example.com>"');
  }
  const logLevel = text('LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  }
  const headersTimeoutSeconds = integer('HEADERS_TIMEOUT', 10, 1, 600);
  const requestTimeoutSeconds = integer('REQUEST_TIMEOUT', 30, 1, 3600);
  if (headersTimeoutSeconds > requestTimeoutSeconds) {
    problems.push(`HEADERS_TIMEOUT (${headersTimeoutSeconds}) must not be longer than REQUEST_TIMEOUT (${requestTimeoutSeconds})`);
  }
  const publicUrl = publicUrlOf(text('PUBLIC_URL'));
  if (publicUrl === undefined) {
    problems.push('PUBLIC_URL must be an http:// or https:// URL with a host and no query, e.g. https://store.example.com');
  }
  const trustProxy = (text('TRUST_PROXY') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);

  const config: Config = {
    host: text('HOST') ?? '127.0.0.1',
    port: integer('PORT', 3000, 0, 65535),
    dataDir: path.resolve(text('DATA_DIR') ?? 'data'),
    databaseUrl,
    databaseSchema,
    databasePoolSize: integer('DATABASE_POOL_SIZE', 10, 1, 500),
    databasePoolTimeoutSeconds: integer('DATABASE_POOL_TIMEOUT', DEFAULT_POOL_TIMEOUT_SECONDS, 1, 600),
    databasePreparedStatements,
    redisUrl,
    jwtSecret,
    accessTokenTtlSeconds: integer('ACCESS_TOKEN_TTL', 3600, 10, 86_400),
    refreshTokenTtlSeconds: integer('REFRESH_TOKEN_TTL', 604_800, 60, 31_536_000),
    rateLimits: {
      login: integer('RATE_LIMIT_LOGIN', 10, 1, 1_000_000),
      refresh: integer('RATE_LIMIT_REFRESH', 20, 1, 1_000_000),
      read: integer('RATE_LIMIT_READ', 300, 1, 1_000_000),
      orders: integer('RATE_LIMIT_ORDERS', 60, 1, 1_000_000),
      quotes: integer('RATE_LIMIT_QUOTES', 120, 1, 1_000_000),
    },
    trustProxy,
    bodyLimitBytes: integer('BODY_LIMIT', 1_048_576, 1024, 104_857_600),
    connections: {
      headersTimeoutMs: headersTimeoutSeconds * 1000,
      requestTimeoutMs: requestTimeoutSeconds * 1000,
      keepAliveTimeoutMs: integer('KEEP_ALIVE_TIMEOUT', 5, 1, 600) * 1000,
      maxPerAddress: integer('MAX_CONNECTIONS_PER_IP', 256, 0, 1_000_000),
    },
    logLevel,
    adminToken,
    shutdownTimeoutMs: integer('SHUTDOWN_TIMEOUT', 10, 1, 600) * 1000,
    voucherEncryptionKey,
    enableTestSupplier,
    storeMode: storeMode === 'sandbox' ? 'sandbox' : 'production',
    webhookAllowPrivateTargets,
    eventRetentionDays: integer('EVENT_RETENTION_DAYS', 30, 30, 3650),
    fulfilment: {
      batchSize: integer('FULFILMENT_BATCH_SIZE', 500, 1, 5000),
      leaseMs: integer('FULFILMENT_LEASE_SECONDS', 30, 1, 3600) * 1000,
      maxAttempts: integer('FULFILMENT_MAX_ATTEMPTS', 8, 1, 100),
    },
    mail: {
      smtpUrl,
      from: mailFrom,
      dir: path.resolve(text('MAIL_DIR') ?? path.join(text('DATA_DIR') ?? 'data', 'outbox')),
      maxAttempts: integer('MAIL_MAX_ATTEMPTS', 10, 1, 100),
    },
    consoleSessions: {
      idleMs: integer('CONSOLE_SESSION_IDLE_MINUTES', 30, 1, 1440) * 60_000,
      absoluteMs: integer('CONSOLE_SESSION_HOURS', 12, 1, 720) * 3_600_000,
    },
    publicUrl: publicUrl ?? null,
    portal: {
      invitationMs: integer('PORTAL_INVITATION_HOURS', 72, 1, 720) * 3_600_000,
      passwordResetMs: integer('PORTAL_PASSWORD_RESET_MINUTES', 60, 5, 1440) * 60_000,
      sessions: {
        idleMs: integer('PORTAL_SESSION_IDLE_MINUTES', 30, 1, 1440) * 60_000,
        absoluteMs: integer('PORTAL_SESSION_HOURS', 12, 1, 720) * 3_600_000,
      },
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
