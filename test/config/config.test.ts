import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('configuration from the environment', () => {
  test('defaults match the contract: 1 h / 7 d tokens, rate limits of api.md 1.9, 1 MiB bodies, no proxy trust', () => {
    const config = loadConfig({});
    assert.equal(config.accessTokenTtlSeconds, 3600);
    assert.equal(config.refreshTokenTtlSeconds, 604_800);
    assert.deepEqual(config.rateLimits, { login: 10, refresh: 20, read: 300, orders: 60, quotes: 120 });
    assert.equal(config.bodyLimitBytes, 1_048_576);
    assert.deepEqual(config.trustProxy, []);
    assert.equal(config.databaseUrl, null);
    assert.equal(config.dataDir, path.resolve('data'));
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.port, 3000);
  });

  test('every variable is read', () => {
    const config = loadConfig({
      HOST: '0.0.0.0',
      PORT: '8080',
      DATA_DIR: '/tmp/x',
      DATABASE_URL: 'postgresql://u@h/db',
      DATABASE_SCHEMA: 'tenant_a',
      DATABASE_POOL_SIZE: '4',
      REDIS_URL: 'redis://127.0.0.1:6379',
      JWT_SECRET: 's'.repeat(32),
      ACCESS_TOKEN_TTL: '600',
      REFRESH_TOKEN_TTL: '86400',
      RATE_LIMIT_LOGIN: '1',
      RATE_LIMIT_REFRESH: '2',
      RATE_LIMIT_READ: '3',
      RATE_LIMIT_ORDERS: '4',
      RATE_LIMIT_QUOTES: '5',
      TRUST_PROXY: '10.0.0.1, 10.1.0.0/16',
      BODY_LIMIT: '2048',
      LOG_LEVEL: 'debug',
      ADMIN_TOKEN: 'a'.repeat(32),
      SHUTDOWN_TIMEOUT: '3',
    });
    assert.equal(config.port, 8080);
    assert.equal(config.databaseSchema, 'tenant_a');
    assert.deepEqual(config.rateLimits, { login: 1, refresh: 2, read: 3, orders: 4, quotes: 5 });
    assert.deepEqual(config.trustProxy, ['10.0.0.1', '10.1.0.0/16']);
    assert.equal(config.shutdownTimeoutMs, 3000);
    assert.equal(config.logLevel, 'debug');
  });

  test('console sessions: 30 minutes idle and 12 hours at most by default; each read; out of range refused', () => {
    assert.deepEqual(loadConfig({}).consoleSessions, { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 });
    assert.deepEqual(loadConfig({ CONSOLE_SESSION_IDLE_MINUTES: '5', CONSOLE_SESSION_HOURS: '1' }).consoleSessions, {
      idleMs: 5 * 60_000,
      absoluteMs: 3_600_000,
    });
    assert.throws(
      () => loadConfig({ CONSOLE_SESSION_IDLE_MINUTES: '0', CONSOLE_SESSION_HOURS: '721' }),
      (error: ConfigError) =>
        error.problems.some((problem) => problem.startsWith('CONSOLE_SESSION_IDLE_MINUTES must be a whole number from 1 to 1440')) &&
        error.problems.some((problem) => problem.startsWith('CONSOLE_SESSION_HOURS must be a whole number from 1 to 720')),
    );
  });

  test('client portal: invitations 72 hours, resets 60 minutes, sessions 30 minutes idle and 12 hours at most by default; each read; out of range refused', () => {
    assert.deepEqual(loadConfig({}).portal, {
      invitationMs: 72 * 3_600_000,
      passwordResetMs: 60 * 60_000,
      sessions: { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 },
    });
    const set = { PORTAL_INVITATION_HOURS: '24', PORTAL_PASSWORD_RESET_MINUTES: '15', PORTAL_SESSION_IDLE_MINUTES: '10', PORTAL_SESSION_HOURS: '2' };
    assert.deepEqual(loadConfig(set).portal, {
      invitationMs: 24 * 3_600_000,
      passwordResetMs: 15 * 60_000,
      sessions: { idleMs: 10 * 60_000, absoluteMs: 2 * 3_600_000 },
    });
    const bounds = {
      PORTAL_INVITATION_HOURS: 'must be a whole number from 1 to 720',
      PORTAL_PASSWORD_RESET_MINUTES: 'must be a whole number from 5 to 1440',
      PORTAL_SESSION_IDLE_MINUTES: 'must be a whole number from 1 to 1440',
      PORTAL_SESSION_HOURS: 'must be a whole number from 1 to 720',
    };
    assert.throws(
      () =>
        loadConfig({
          PORTAL_INVITATION_HOURS: '0',
          PORTAL_PASSWORD_RESET_MINUTES: '4',
          PORTAL_SESSION_IDLE_MINUTES: '1441',
          PORTAL_SESSION_HOURS: '721',
        }),
      (error: ConfigError) => Object.entries(bounds).every(([name, rule]) => error.problems.some((problem) => problem.startsWith(`${name} ${rule}`))),
    );
  });

  test('PUBLIC_URL: unset by default; an http(s) URL without its trailing slash; anything else refused', () => {
    assert.equal(loadConfig({}).publicUrl, null);
    assert.equal(loadConfig({ PUBLIC_URL: 'https://store.example.com/' }).publicUrl, 'https://store.example.com');
    assert.equal(loadConfig({ PUBLIC_URL: 'http://10.0.0.5:3000/rewards//' }).publicUrl, 'http://10.0.0.5:3000/rewards');
    for (const bad of [
      'store.example.com',
      'ftp://store.example.com',
      'https://store.example.com/?a=1',
      'https://user:pw@store.example.com',
      'https://',
    ]) {
      assert.throws(
        () => loadConfig({ PUBLIC_URL: bad }),
        (error: ConfigError) => error.problems.some((problem) => problem.startsWith('PUBLIC_URL must be an http:// or https:// URL')),
        bad,
      );
    }
  });

  test('DATABASE_PREPARED_STATEMENTS: on by default, false turns it off, anything else is refused', () => {
    assert.equal(loadConfig({}).databasePreparedStatements, true);
    assert.equal(loadConfig({ DATABASE_PREPARED_STATEMENTS: 'false' }).databasePreparedStatements, false);
    assert.equal(loadConfig({ DATABASE_PREPARED_STATEMENTS: '0' }).databasePreparedStatements, false);
    assert.throws(
      () => loadConfig({ DATABASE_PREPARED_STATEMENTS: 'sometimes' }),
      (error: unknown) => error instanceof ConfigError && error.problems.includes('DATABASE_PREPARED_STATEMENTS must be true or false'),
    );
  });

  test('connection limits: headers 10 s, request 30 s, keep-alive 5 s, 256 per address by default; each read; 0 lifts the cap', () => {
    assert.deepEqual(loadConfig({}).connections, {
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5000,
      maxPerAddress: 256,
    });
    assert.deepEqual(
      loadConfig({ HEADERS_TIMEOUT: '2', REQUEST_TIMEOUT: '120', KEEP_ALIVE_TIMEOUT: '65', MAX_CONNECTIONS_PER_IP: '0' }).connections,
      { headersTimeoutMs: 2000, requestTimeoutMs: 120_000, keepAliveTimeoutMs: 65_000, maxPerAddress: 0 },
    );
    assert.throws(
      () => loadConfig({ HEADERS_TIMEOUT: '0', REQUEST_TIMEOUT: 'soon', KEEP_ALIVE_TIMEOUT: '-1', MAX_CONNECTIONS_PER_IP: '1.5' }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError, 'error instanceof ConfigError');
        assert.deepEqual(error.problems, [
          'HEADERS_TIMEOUT must be a whole number from 1 to 600 (got "0")',
          'REQUEST_TIMEOUT must be a whole number from 1 to 3600 (got "soon")',
          'KEEP_ALIVE_TIMEOUT must be a whole number from 1 to 600 (got "-1")',
          'MAX_CONNECTIONS_PER_IP must be a whole number from 0 to 1000000 (got "1.5")',
        ]);
        return true;
      },
    );
    assert.throws(
      () => loadConfig({ HEADERS_TIMEOUT: '60', REQUEST_TIMEOUT: '30' }),
      (error: unknown) =>
        error instanceof ConfigError && error.problems.includes('HEADERS_TIMEOUT (60) must not be longer than REQUEST_TIMEOUT (30)'),
    );
  });

  test('bad values are all reported at once, each with a clear message', () => {
    assert.throws(
      () =>
        loadConfig({
          PORT: '70000',
          DATABASE_URL: 'mysql://x',
          JWT_SECRET: 'short',
          RATE_LIMIT_LOGIN: 'ten',
          LOG_LEVEL: 'loud',
          DATABASE_SCHEMA: 'Robert; DROP',
        }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError, 'error instanceof ConfigError');
        assert.equal(error.problems.length, 6);
        assert.match(error.message, /PORT must be a whole number from 0 to 65535 \(got "70000"\)/);
        assert.match(error.message, /DATABASE_URL must start with postgres:\/\//);
        assert.match(error.message, /JWT_SECRET must be at least 32 characters/);
        assert.match(error.message, /RATE_LIMIT_LOGIN must be a whole number/);
        assert.match(error.message, /LOG_LEVEL must be one of/);
        assert.match(error.message, /DATABASE_SCHEMA must be a lower-case identifier/);
        return true;
      },
    );
  });
});
