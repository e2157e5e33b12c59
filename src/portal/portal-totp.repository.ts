import type { Executor } from '../infra/db/executor.ts';
import type { TotpAccounts } from '../operators/totp.service.ts';
import { findUserRecord, type ClientUserRecord } from './client-users.repository.ts';
import { clientUserSessions } from './portal-sessions.repository.ts';

/**
 * The TOTP state of client users (client_users, client_user_recovery_codes), for TotpService:
 * the same second factor as operators', audited as `portal.totp.*` on `client_user:<id>`. Enabling it
 * ends the user's other portal sessions (opened with the password alone).
 */
export const clientUserTotpAccounts: TotpAccounts<ClientUserRecord> = {
  area: 'portal',
  target: (id) => `client_user:${id}`,
  notFound: 'User not found',
  enrolPath: 'POST /portal/v1/totp',
  findState: (db, id) =>
    db.selectFrom('client_users').select(['email as label', 'totp_secret', 'totp_enabled']).where('id', '=', id).executeTakeFirst(),
  async setPending(db, id, sealedSecret) {
    await db.updateTable('client_users').set({ totp_secret: sealedSecret, totp_enabled: false, totp_last_step: null }).where('id', '=', id).execute();
  },
  async enable(db, id) {
    await db.updateTable('client_users').set({ totp_enabled: true }).where('id', '=', id).execute();
  },
  async clear(db, id) {
    await db.deleteFrom('client_user_recovery_codes').where('user_id', '=', id).execute();
    await db.updateTable('client_users').set({ totp_secret: null, totp_enabled: false, totp_last_step: null }).where('id', '=', id).execute();
  },
  async claimStep(db, id, step) {
    const result = await db
      .updateTable('client_users')
      .set({ totp_last_step: step })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },
  async replaceRecoveryCodes(db, id, hashes) {
    await db.deleteFrom('client_user_recovery_codes').where('user_id', '=', id).execute();
    await db
      .insertInto('client_user_recovery_codes')
      .values(hashes.map((code_hash) => ({ user_id: id, code_hash })))
      .execute();
  },
  async useRecoveryCode(db, id, hash, now) {
    const result = await db
      .updateTable('client_user_recovery_codes')
      .set({ used_at: now })
      .where('user_id', '=', id)
      .where('code_hash', '=', hash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  },
  account: async (db: Executor, id: number) => (await findUserRecord(db, id))!,
  endOtherSessions: (db, id, keepSessionId, now) => clientUserSessions.revokeAll(db, id, now, keepSessionId),
};
