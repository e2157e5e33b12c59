import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import { errors } from '../shared/errors.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { Database } from '../infra/db/schema.ts';
import type { InvalidationBus } from '../infra/invalidation/bus.ts';
import { hashRefreshToken, newRefreshToken, type AccessTokenSigner } from './access-tokens.ts';
import { CLIENT_TOPIC } from './client-auth-cache.ts';
import type { ClientScope } from './client-scope.ts';
import { findActiveCredentialByUsername, recordCredentialUse } from './api-credentials.repository.ts';
import { verifySecret } from './credentials.ts';
import { isAddressAllowed, parseAllowlist } from './ip-allowlist.ts';
import * as tokens from './tokens.repository.ts';
import { revokeAllClientTokens } from './revocation.ts';

export interface TokenPair {
  access_token: string;
  refresh_token: string;
  access_expires_at: Date;
  refresh_expires_at: Date;
  client_id: number;
}

type RefreshOutcome = { kind: 'issued'; pair: TokenPair } | { kind: 'refused'; reason: string } | { kind: 'reused' };

export interface AuthServiceDeps {
  db: Kysely<Database>;
  signer: AccessTokenSigner;
  bus: InvalidationBus;
  refreshTokenTtlSeconds: number;
  log: FastifyBaseLogger;
}

export class AuthService {
  constructor(private readonly deps: AuthServiceDeps) {}

  /**
   * api.md 2.1, with any active credential of the client: one lookup by username (a revoked or
   * unknown one costs an argon2id verification of a dummy hash, as a wrong secret does). The
   * allowlist is checked before the password, so outsiders learn nothing. The new token family
   * records its credential (revoking it ends the family), and the credential when and from where
   * it was last used.
   */
  async login(username: string, password: string, ip: string): Promise<TokenPair> {
    const credential = await findActiveCredentialByUsername(this.deps.db, username);
    if (credential && !isAddressAllowed(parseAllowlist(credential.ip_allowlist), ip)) {
      this.deps.log.info({ clientId: credential.client_id, ip }, 'login refused: address not in allowlist');
      throw errors.forbidden();
    }
    const passwordMatches = await verifySecret(credential?.secret_hash ?? null, password);
    if (!credential || !passwordMatches || !credential.client_active) {
      const reason = !credential ? 'unknown username' : !passwordMatches ? 'wrong secret' : 'client inactive';
      this.deps.log.info({ clientId: credential?.client_id, reason }, 'login refused');
      throw errors.unauthorized('Invalid credentials');
    }
    const clientId = credential.client_id;
    const familyId = randomUUID();
    return this.deps.db.transaction().execute(async (trx) => {
      const { token_version } = await tokens.lockClientForIssuing(trx, clientId);
      if (!(await recordCredentialUse(trx, credential.credential_id, ip))) {
        this.deps.log.info({ clientId, reason: 'credential revoked' }, 'login refused');
        throw errors.unauthorized('Invalid credentials');
      }
      await tokens.insertFamily(trx, familyId, clientId, credential.credential_id);
      return this.issuePair(trx, clientId, familyId, token_version);
    });
  }

  /** api.md 2.2: rotation, and reuse of a rotated token revokes its whole family. */
  async refresh(refreshToken: string, ip: string): Promise<TokenPair> {
    const invalid = () => errors.unauthorized('Invalid refresh token');
    const found = await tokens.findRefreshToken(this.deps.db, hashRefreshToken(refreshToken));
    if (!found) throw invalid();
    if (!isAddressAllowed(parseAllowlist(found.ip_allowlist), ip)) throw errors.forbidden();

    const outcome = await this.deps.db.transaction().execute(async (trx): Promise<RefreshOutcome> => {
      // Taken before the rotation so a concurrent logout either waits for us or we see it.
      const client = await tokens.lockClientForIssuing(trx, found.client_id);
      await tokens.lockFamily(trx, found.family_id);
      if (await tokens.markRotated(trx, found.id)) {
        if (!client.active) return { kind: 'refused', reason: 'client inactive' };
        return { kind: 'issued', pair: await this.issuePair(trx, found.client_id, found.family_id, client.token_version) };
      }
      const current = await tokens.findRefreshToken(trx, hashRefreshToken(refreshToken));
      if (current?.rotated_at && !current.family_revoked) {
        await tokens.revokeFamily(trx, found.family_id, 'refresh token reuse');
        await recordAudit(trx, {
          actor: `client:${found.client_id}`,
          action: 'auth.refresh_token_reused',
          target: `token_family:${found.family_id}`,
          details: { ip },
        });
        return { kind: 'reused' };
      }
      return { kind: 'refused', reason: current?.expired ? 'expired' : 'revoked' };
    });

    if (outcome.kind === 'issued') return outcome.pair;
    if (outcome.kind === 'reused') {
      this.deps.log.warn({ clientId: found.client_id, familyId: found.family_id }, 'refresh token reuse detected');
      await this.deps.bus.publish(CLIENT_TOPIC, String(found.client_id));
    } else {
      this.deps.log.info({ clientId: found.client_id, reason: outcome.reason }, 'refresh refused');
    }
    throw invalid();
  }

  /** api.md 2.3: every token of the client, on every process, before the 200. */
  /** POST /auth/logout: every token of the request's client (`ClientScope`). */
  async logout(scope: ClientScope): Promise<void> {
    const { clientId } = scope;
    await revokeAllClientTokens(this.deps, clientId, { actor: `client:${clientId}`, action: 'auth.logout' });
  }

  private async issuePair(trx: Executor, clientId: number, familyId: string, tokenVersion: number): Promise<TokenPair> {
    const refreshToken = newRefreshToken();
    const refreshExpiresAt = new Date(Date.now() + this.deps.refreshTokenTtlSeconds * 1000);
    await tokens.insertRefreshToken(trx, {
      token_hash: hashRefreshToken(refreshToken),
      family_id: familyId,
      client_id: clientId,
      expires_at: refreshExpiresAt,
    });
    const access = await this.deps.signer.sign({ clientId, tokenVersion, familyId });
    return {
      access_token: access.token,
      refresh_token: refreshToken,
      access_expires_at: access.expiresAt,
      refresh_expires_at: refreshExpiresAt,
      client_id: clientId,
    };
  }
}
