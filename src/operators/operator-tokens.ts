import type { Kysely } from 'kysely';
import { deriveSecret, JwtSigner, subjectId, type TokenKind } from '../auth/access-tokens.ts';
import { AUTH_STATE_TTL_MS } from '../auth/client-auth-cache.ts';
import { invalidateOnBus, KeyedCache } from '../infra/cache.ts';
import type { Database } from '../infra/db/schema.ts';
import type { InvalidationBus } from '../infra/invalidation/bus.ts';
import { loadOperatorAuthRow } from './operators.repository.ts';

/** Operator tokens are short-lived: an operator logs in again after an hour. */
export const OPERATOR_TOKEN_TTL_SECONDS = 3600;

/** Bus topic: the key is an operator id whose state (active, token version) changed. */
export const OPERATOR_TOPIC = 'operator';

export interface OperatorClaims {
  operatorId: number;
  tokenVersion: number;
}

const OPERATOR_TOKENS: TokenKind<OperatorClaims> = {
  audience: 'popup-reward-store/admin',
  typ: 'operator',
  encode: (claims) => ({ subject: String(claims.operatorId), payload: { tv: claims.tokenVersion } }),
  decode(payload) {
    const operatorId = subjectId(payload);
    if (operatorId === null) return { reason: 'not an operator token' };
    if (typeof payload.tv !== 'number') return { reason: 'missing claims' };
    return { operatorId, tokenVersion: payload.tv };
  },
};

/**
 * Operator JWTs: their own audience, `typ` and key (derived from the signing secret), so a
 * client access token never verifies as an operator token nor the other way round.
 */
export class OperatorTokenSigner extends JwtSigner<OperatorClaims> {
  constructor(secret: string, ttlSeconds = OPERATOR_TOKEN_TTL_SECONDS) {
    super(deriveSecret(secret, 'operator-tokens'), ttlSeconds, OPERATOR_TOKENS);
  }
}

export interface OperatorAuthState {
  operatorId: number;
  username: string;
  active: boolean;
  tokenVersion: number;
}

/**
 * Per-operator state kept in memory, so an operator token costs no database round trip;
 * every process drops an entry the moment the bus names it (topic `operator`).
 */
export class OperatorAuthCache {
  private readonly cache: KeyedCache<number, OperatorAuthState | null>;

  constructor(
    private readonly db: Kysely<Database>,
    bus: InvalidationBus,
  ) {
    this.cache = new KeyedCache((operatorId) => this.load(operatorId), { ttlMs: AUTH_STATE_TTL_MS, maxEntries: 10_000 });
    invalidateOnBus(this.cache, bus, OPERATOR_TOPIC, Number);
  }

  get(operatorId: number): Promise<OperatorAuthState | null> {
    return this.cache.get(operatorId);
  }

  private async load(operatorId: number): Promise<OperatorAuthState | null> {
    const row = await loadOperatorAuthRow(this.db, operatorId);
    return row ? { operatorId: row.id, username: row.username, active: row.active, tokenVersion: row.token_version } : null;
  }
}
