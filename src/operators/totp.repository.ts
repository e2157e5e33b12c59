import type { Executor } from '../infra/db/executor.ts';
import { findOperatorRecord, type OperatorRecord } from './operators.repository.ts';
import { operatorSessions } from './sessions.repository.ts';
import type { TotpAccounts } from './totp.service.ts';

/** An operator's TOTP columns (the secret sealed), or undefined when there is no such operator. */
export function findTotpState(db: Executor, operatorId: number) {
  return db
    .selectFrom('operators')
    .select(['id', 'username as label', 'totp_secret', 'totp_enabled'])
    .where('id', '=', operatorId)
    .executeTakeFirst();
}

/** A new secret waiting for its first code; TOTP stays off until then. */
export async function setPendingTotp(db: Executor, operatorId: number, sealedSecret: string): Promise<void> {
  await db
    .updateTable('operators')
    .set({ totp_secret: sealedSecret, totp_enabled: false, totp_last_step: null })
    .where('id', '=', operatorId)
    .execute();
}

export async function enableTotp(db: Executor, operatorId: number): Promise<void> {
  await db.updateTable('operators').set({ totp_enabled: true }).where('id', '=', operatorId).execute();
}

/** TOTP off, its secret and recovery codes gone. */
export async function clearTotp(db: Executor, operatorId: number): Promise<void> {
  await db.deleteFrom('operator_recovery_codes').where('operator_id', '=', operatorId).execute();
  await db.updateTable('operators').set({ totp_secret: null, totp_enabled: false, totp_last_step: null }).where('id', '=', operatorId).execute();
}

/**
 * Takes the time step of an accepted code: true only if no code of this step or a later one was
 * accepted before, so a code (even seen over a shoulder) works once.
 */
export async function claimTotpStep(db: Executor, operatorId: number, step: number): Promise<boolean> {
  const result = await db
    .updateTable('operators')
    .set({ totp_last_step: step })
    .where('id', '=', operatorId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function replaceRecoveryCodes(db: Executor, operatorId: number, hashes: string[]): Promise<void> {
  await db.deleteFrom('operator_recovery_codes').where('operator_id', '=', operatorId).execute();
  await db
    .insertInto('operator_recovery_codes')
    .values(hashes.map((code_hash) => ({ operator_id: operatorId, code_hash })))
    .execute();
}

/** Marks an unused recovery code used; false when there is none with this hash (never issued, or used). */
export async function useRecoveryCode(db: Executor, operatorId: number, hash: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('operator_recovery_codes')
    .set({ used_at: now })
    .where('operator_id', '=', operatorId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Operators' TOTP, for TotpService; a reset answers the operator. */
export const operatorTotpAccounts: TotpAccounts<OperatorRecord> = {
  area: 'operator',
  target: (id) => `operator:${id}`,
  notFound: 'Operator not found',
  enrolPath: 'POST /admin/v1/auth/totp',
  findState: findTotpState,
  setPending: setPendingTotp,
  enable: enableTotp,
  clear: clearTotp,
  claimStep: claimTotpStep,
  replaceRecoveryCodes,
  useRecoveryCode,
  account: async (db, id) => (await findOperatorRecord(db, id))!,
  endOtherSessions: (db, id, keepSessionId, now) => operatorSessions.revokeAll(db, id, now, keepSessionId),
};
