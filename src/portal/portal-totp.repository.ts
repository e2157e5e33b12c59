import { totpState } from '../operators/totp-state.ts';
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
  ...totpState('client_users', { label: 'email', recoveryCodes: 'client_user_recovery_codes', owner: 'user_id' }),
  account: async (db, id) => (await findUserRecord(db, id))!,
  endOtherSessions: (db, id, keepSessionId, now) => clientUserSessions.revokeAll(db, id, now, keepSessionId),
};
