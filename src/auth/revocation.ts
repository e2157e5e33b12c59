import type { Kysely } from 'kysely';
import { recordAudit } from '../infra/audit.ts';
import type { Database } from '../infra/db/schema.ts';
import type { InvalidationBus } from '../infra/invalidation/bus.ts';
import { CLIENT_TOPIC } from './client-auth-cache.ts';
import { bumpTokenVersion, revokeAllRefreshTokens } from './tokens.repository.ts';

/**
 * Revokes every access and refresh token of a client (client logout, operator force-logout).
 * Resolves only after every process has been told, so the caller's answer is the cut-off.
 */
export async function revokeAllClientTokens(
  deps: { db: Kysely<Database>; bus: InvalidationBus },
  clientId: number,
  audit: { actor: string; action: string },
): Promise<boolean> {
  const found = await deps.db.transaction().execute(async (trx) => {
    if (!(await bumpTokenVersion(trx, clientId))) return false;
    await revokeAllRefreshTokens(trx, clientId);
    await recordAudit(trx, { ...audit, target: `client:${clientId}` });
    return true;
  });
  if (found) await deps.bus.publish(CLIENT_TOPIC, String(clientId));
  return found;
}
