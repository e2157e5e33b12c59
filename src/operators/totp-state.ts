import type { Executor } from '../infra/db/executor.ts';

/**
 * The tables of accounts with TOTP (operators, the client portal's users): the column that names an
 * account in the authenticator app, the table of its recovery codes and the column of that table
 * that names the account. Both account tables have the same `totp_*` columns, both code tables the
 * same columns but the owner.
 */
export interface TotpTables {
  operators: { label: 'username'; recoveryCodes: 'operator_recovery_codes'; owner: 'operator_id' };
  client_users: { label: 'email'; recoveryCodes: 'client_user_recovery_codes'; owner: 'user_id' };
}

export type TotpTableName = keyof TotpTables;

/** An account's TOTP columns (the secret sealed) and its name in the authenticator app. */
export interface TotpStateRow {
  label: string;
  totp_secret: string | null;
  totp_enabled: boolean;
}

/** The data access of the TOTP state of one kind of account. */
export interface TotpState {
  /** The account's TOTP columns; undefined: no such account. */
  findState(db: Executor, id: number): Promise<TotpStateRow | undefined>;
  /** A new secret waiting for its first code; TOTP stays off until then. */
  setPending(db: Executor, id: number, sealedSecret: string): Promise<void>;
  enable(db: Executor, id: number): Promise<void>;
  /** TOTP off, its secret and recovery codes gone. */
  clear(db: Executor, id: number): Promise<void>;
  /**
   * Takes the time step of an accepted code: true only if no code of this step or a later one was
   * accepted before, so a code (even seen over a shoulder) works once.
   */
  claimStep(db: Executor, id: number, step: number): Promise<boolean>;
  replaceRecoveryCodes(db: Executor, id: number, hashes: string[]): Promise<void>;
  /** Marks an unused recovery code used; false when there is none with this hash (never issued, or used). */
  useRecoveryCode(db: Executor, id: number, hash: string, now: Date): Promise<boolean>;
}

/**
 * The TOTP queries of the account table `table`, whose accounts are named by the column `label`
 * and whose recovery codes are the rows of `recoveryCodes` with the account's id in `owner`. The
 * queries are written once over both kinds of account (the columns they read and write are the
 * same in each).
 */
export function totpState<T extends TotpTableName>(table: T, { label, recoveryCodes, owner }: TotpTables[T]): TotpState {
  // Widened to both kinds: the queries below are checked against the columns the tables share.
  const accounts: TotpTableName = table;
  const codes: TotpTables[TotpTableName]['recoveryCodes'] = recoveryCodes;
  const ownerColumn: TotpTables[TotpTableName]['owner'] = owner;
  const labelColumn: TotpTables[TotpTableName]['label'] = label;
  const deleteCodes = (db: Executor, id: number) => db.deleteFrom(codes).where(ownerColumn, '=', id).execute();
  return {
    findState(db, id) {
      return db
        .selectFrom(accounts)
        .select([`${labelColumn} as label`, 'totp_secret', 'totp_enabled'])
        .where('id', '=', id)
        .executeTakeFirst();
    },
    async setPending(db, id, sealedSecret) {
      await db.updateTable(accounts).set({ totp_secret: sealedSecret, totp_enabled: false, totp_last_step: null }).where('id', '=', id).execute();
    },
    async enable(db, id) {
      await db.updateTable(accounts).set({ totp_enabled: true }).where('id', '=', id).execute();
    },
    async clear(db, id) {
      await deleteCodes(db, id);
      await db.updateTable(accounts).set({ totp_secret: null, totp_enabled: false, totp_last_step: null }).where('id', '=', id).execute();
    },
    async claimStep(db, id, step) {
      const result = await db
        .updateTable(accounts)
        .set({ totp_last_step: step })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async replaceRecoveryCodes(db, id, hashes) {
      await deleteCodes(db, id);
      await db
        .insertInto(codes)
        .values(hashes.map((code_hash) => ({ [ownerColumn]: id, code_hash })))
        .execute();
    },
    async useRecoveryCode(db, id, hash, now) {
      const result = await db
        .updateTable(codes)
        .set({ used_at: now })
        .where(ownerColumn, '=', id)
        .where('code_hash', '=', hash)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}
