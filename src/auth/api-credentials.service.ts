import type { Kysely } from 'kysely';
import { errors } from '../shared/errors.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { Database } from '../infra/db/schema.ts';
import type { InvalidationBus } from '../infra/invalidation/bus.ts';
import * as repo from './api-credentials.repository.ts';
import type { ApiCredentialRecord } from './api-credentials.repository.ts';
import { CLIENT_TOPIC } from './client-auth-cache.ts';
import type { ClientScope } from './client-scope.ts';
import { generateCredentials, hashSecret } from './credentials.ts';
import { longerThan } from '../shared/text-length.ts';

export type { ApiCredentialRecord };

/** How many credentials of a client may be active at once: enough to rotate (two) with room for a few integrations. */
export const MAX_ACTIVE_CREDENTIALS = 5;
export const CREDENTIAL_NAME_MAX_LENGTH = 100;

/** A new credential with its secret, shown this once. */
export interface IssuedApiCredential {
  credential: ApiCredentialRecord;
  secret: string;
}

/** Who acts, for the audit log: its actor, and the prefix of its actions (`portal.` for the client's people, `client.` for operators). */
export interface CredentialActor {
  actor: string;
  audit: 'portal' | 'operator';
}

const actionOf = (by: CredentialActor, verb: 'create' | 'revoke') =>
  by.audit === 'portal' ? `portal.credential.${verb}` : `client.credential_${verb}`;

/** The audited fields of a credential (no hash, no secret). */
const auditView = (credential: ApiCredentialRecord) => ({ id: credential.id, name: credential.name, username: credential.username });

/**
 * A client's API credentials (docs/reference/authentication.md): several named ones, each a username
 * and a secret shown once (only its argon2id hash is kept), at most MAX_ACTIVE_CREDENTIALS active.
 * Revoking one ends the tokens it logged in, refresh tokens included, on every process before the
 * answer. The client's people reach their client's credentials through a ClientScope; operators
 * through the `…ForOperator` methods, which take any client's id.
 */
export class ApiCredentialsService {
  constructor(private readonly deps: { db: Kysely<Database>; bus: InvalidationBus }) {}

  listForClient(scope: ClientScope): Promise<ApiCredentialRecord[]> {
    return repo.listCredentials(this.deps.db, scope.clientId);
  }

  async listForOperator(clientId: number): Promise<ApiCredentialRecord[]> {
    await this.requireClient(this.deps.db, clientId);
    return repo.listCredentials(this.deps.db, clientId);
  }

  createForClient(scope: ClientScope, name: string, by: CredentialActor): Promise<IssuedApiCredential> {
    return this.create(scope.clientId, name, by);
  }

  createForOperator(clientId: number, name: string, by: CredentialActor): Promise<IssuedApiCredential> {
    return this.create(clientId, name, by);
  }

  revokeForClient(scope: ClientScope, credentialId: number, by: CredentialActor): Promise<ApiCredentialRecord> {
    return this.revoke(scope.clientId, credentialId, by);
  }

  revokeForOperator(clientId: number, credentialId: number, by: CredentialActor): Promise<ApiCredentialRecord> {
    return this.revoke(clientId, credentialId, by);
  }

  private async create(clientId: number, rawName: string, by: CredentialActor): Promise<IssuedApiCredential> {
    const name = checkName(rawName);
    const { username, password: secret } = generateCredentials();
    const secretHash = await hashSecret(secret);
    const credential = await this.deps.db.transaction().execute(async (trx) => {
      await this.requireClient(trx, clientId);
      await checkRoomForCredential(trx, clientId);
      const created = await repo.insertCredential(trx, { client_id: clientId, name, username, secret_hash: secretHash, created_by: by.actor });
      await recordAudit(trx, {
        actor: by.actor,
        action: actionOf(by, 'create'),
        target: `client_credential:${created.id}`,
        details: { after: auditView(created) },
      });
      return created;
    });
    return { credential, secret };
  }

  /**
   * Revokes the credential and every token family it logged in (their refresh tokens too); every
   * process drops the client's cached state before this resolves, so its access tokens stop at once.
   * Revoking a revoked credential changes nothing and answers it as it is.
   */
  private async revoke(clientId: number, credentialId: number, by: CredentialActor): Promise<ApiCredentialRecord> {
    const outcome = await this.deps.db.transaction().execute(async (trx) => {
      const revoked = await repo.revokeCredential(trx, clientId, credentialId, by.actor);
      if (!revoked) {
        const existing = await repo.findCredential(trx, clientId, credentialId);
        if (!existing) throw errors.notFound('Credential not found');
        return { credential: existing, changed: false };
      }
      await repo.revokeFamiliesOfCredential(trx, credentialId);
      await recordAudit(trx, {
        actor: by.actor,
        action: actionOf(by, 'revoke'),
        target: `client_credential:${credentialId}`,
        details: { before: auditView(revoked) },
      });
      return { credential: revoked, changed: true };
    });
    if (outcome.changed) await this.deps.bus.publish(CLIENT_TOPIC, String(clientId));
    return outcome.credential;
  }

  private async requireClient(db: Executor, clientId: number): Promise<void> {
    if (!(await db.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst())) throw errors.notFound('Client not found');
  }
}

/**
 * 409 CREDENTIAL_LIMIT when the client has MAX_ACTIVE_CREDENTIALS active; the client row is locked
 * for the rest of the transaction, so two creations at once cannot both pass the limit.
 */
export async function checkRoomForCredential(trx: Executor, clientId: number): Promise<void> {
  await trx.selectFrom('clients').select('id').where('id', '=', clientId).forNoKeyUpdate().execute();
  if ((await repo.countActiveCredentials(trx, clientId)) >= MAX_ACTIVE_CREDENTIALS) {
    throw errors.conflict('CREDENTIAL_LIMIT', `A client has at most ${MAX_ACTIVE_CREDENTIALS} active API credentials: revoke one first`);
  }
}

/**
 * The client's first credential, "Primary", whose username is the client's: of a new client, in the
 * transaction that creates it, or in place of a revoked one (`rotate-secret`).
 */
export async function insertFirstCredential(
  trx: Executor,
  clientId: number,
  issued: { username: string; secretHash: string },
  actor: string,
): Promise<void> {
  await repo.insertCredential(trx, {
    client_id: clientId,
    name: 'Primary',
    username: issued.username,
    secret_hash: issued.secretHash,
    created_by: actor,
  });
}

function checkName(raw: string): string {
  const name = raw.trim();
  if (!name || longerThan(name, CREDENTIAL_NAME_MAX_LENGTH)) {
    const message = `must be 1 to ${CREDENTIAL_NAME_MAX_LENGTH} characters`;
    throw errors.validation(`Invalid name: ${message}`, [{ field: 'name', message }]);
  }
  return name;
}
