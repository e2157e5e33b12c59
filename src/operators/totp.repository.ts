import { findOperatorRecord, type OperatorRecord } from './operators.repository.ts';
import { operatorSessions } from './sessions.repository.ts';
import { totpState } from './totp-state.ts';
import type { TotpAccounts } from './totp.service.ts';

/**
 * Operators' TOTP (operators, operator_recovery_codes), for TotpService: audited as
 * `operator.totp.*` on `operator:<id>`; a reset answers the operator. Enabling it ends the
 * operator's other console sessions (opened with the password alone).
 */
export const operatorTotpAccounts: TotpAccounts<OperatorRecord> = {
  area: 'operator',
  target: (id) => `operator:${id}`,
  notFound: 'Operator not found',
  enrolPath: 'POST /admin/v1/auth/totp',
  ...totpState('operators', { label: 'username', recoveryCodes: 'operator_recovery_codes', owner: 'operator_id' }),
  account: async (db, id) => (await findOperatorRecord(db, id))!,
  endOtherSessions: (db, id, keepSessionId, now) => operatorSessions.revokeAll(db, id, now, keepSessionId),
};
