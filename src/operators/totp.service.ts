import type { Kysely } from 'kysely';
import { errors } from '../shared/errors.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Clock } from '../infra/clock.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { Database } from '../infra/db/schema.ts';
import type { TotpState } from './totp-state.ts';
import { hashRecoveryCode, matchingStep, newRecoveryCodes, newTotpSecret, qrSvg, totpUri } from './totp.ts';

/** Seals a secret at rest and opens it again (the store's AES-256-GCM key: infra/crypto). */
export interface SecretSealer {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
}

/**
 * Where the TOTP state of one kind of account is kept (operators; the client portal's users: its
 * queries, `totpState` of totp-state.ts), and how its changes are named in the audit log. `Account`
 * is what a reset answers.
 */
export interface TotpAccounts<Account> extends TotpState {
  /** The area of its audit actions (`operator` → `operator.totp.enable`). */
  area: string;
  /** The audit target of an account (`operator:7`). */
  target(id: number): string;
  /** The 404 message of an id that is no account. */
  notFound: string;
  /** Where an enrolment starts (named by a confirm without one). */
  enrolPath: string;
  /** The account as a reset answers it. */
  account(db: Executor, id: number): Promise<Account>;
  /**
   * When TOTP is enabled: ends the account's sessions but `keepSessionId` (the one enrolling), since
   * they were opened with the password alone; answers how many ended. Absent: sessions are kept.
   */
  endOtherSessions?(db: Executor, id: number, keepSessionId: number | null, now: Date): Promise<number>;
}

export interface TotpDeps<Account> {
  db: Kysely<Database>;
  sealer: SecretSealer;
  clock: Clock;
  accounts: TotpAccounts<Account>;
}

export interface TotpEnrolment {
  /** Base32, for apps that take the secret typed in. */
  secret: string;
  otpauth_uri: string;
  qr_svg: string;
}

/** The one-time codes a sign-in may carry. */
export interface SecondFactorInput {
  totp_code?: string;
  recovery_code?: string;
}

export type SecondFactor = 'totp' | 'recovery_code';

/**
 * An account's optional second factor (operators; the client portal's users): enrolment (a
 * secret, then its first code enables it and answers ten recovery codes, shown once), the check at
 * sign-in, disabling it with a code, and the reset someone else does for one who lost the device.
 * Every change is audited.
 */
export class TotpService<Account = unknown> {
  constructor(
    private readonly deps: TotpDeps<Account>,
    private readonly actor: string,
  ) {}

  as(actor: string): TotpService<Account> {
    return new TotpService(this.deps, actor);
  }

  /**
   * At sign-in, after the password: the factor accepted (null for an operator without TOTP), or
   * why none was: no code given (`missing`), or a wrong, replayed or used one (`invalid`).
   */
  async verify(
    account: { id: number; totp_enabled: boolean; totp_secret: string | null },
    input: SecondFactorInput,
  ): Promise<{ factor: SecondFactor | null } | { refused: 'missing' | 'invalid' }> {
    if (!account.totp_enabled || account.totp_secret === null) return { factor: null };
    const { db, clock, accounts } = this.deps;
    if (input.totp_code !== undefined) {
      return (await this.acceptCode(db, account.id, account.totp_secret, input.totp_code)) ? { factor: 'totp' } : { refused: 'invalid' };
    }
    if (input.recovery_code !== undefined) {
      const used = await accounts.useRecoveryCode(db, account.id, hashRecoveryCode(input.recovery_code), clock.now());
      return used ? { factor: 'recovery_code' } : { refused: 'invalid' };
    }
    return { refused: 'missing' };
  }

  /** A new secret for the account; TOTP is enabled only once `confirm` gets a code of it. */
  async enrol(id: number): Promise<TotpEnrolment> {
    const { accounts } = this.deps;
    const secret = newTotpSecret();
    const label = await this.deps.db.transaction().execute(async (trx) => {
      const state = await this.stateOf(trx, id);
      if (state.totp_enabled) throw errors.badRequest('Two-factor authentication is already enabled; disable it first');
      await accounts.setPending(trx, id, this.deps.sealer.encrypt(secret));
      await this.audit(trx, id, 'totp.enrol');
      return state.label;
    });
    const uri = totpUri(secret, label);
    return { secret, otpauth_uri: uri, qr_svg: await qrSvg(uri) };
  }

  /**
   * The first code of the enrolled secret: TOTP on, and ten new recovery codes (shown this once).
   * The account's other sessions end in the same transaction (`endOtherSessions`); `keepSessionId`
   * is the session that confirms, which stays signed in.
   */
  async confirm(id: number, code: string, keepSessionId: number | null = null): Promise<{ recovery_codes: string[] }> {
    const { accounts } = this.deps;
    const codes = newRecoveryCodes();
    await this.deps.db.transaction().execute(async (trx) => {
      const state = await this.stateOf(trx, id);
      if (state.totp_enabled) throw errors.badRequest('Two-factor authentication is already enabled');
      if (state.totp_secret === null) throw errors.badRequest(`No enrolment to confirm: start one with ${accounts.enrolPath}`);
      if (!(await this.acceptCode(trx, id, state.totp_secret, code))) throw invalidCode();
      await accounts.enable(trx, id);
      await accounts.replaceRecoveryCodes(trx, id, codes.map(hashRecoveryCode));
      const ended = await accounts.endOtherSessions?.(trx, id, keepSessionId, this.deps.clock.now());
      await this.audit(trx, id, 'totp.enable', ended === undefined ? undefined : { other_sessions_ended: ended });
    });
    return { recovery_codes: codes };
  }

  /** TOTP off, with a current code of it (so a session left open is not enough). */
  async disable(id: number, code: string): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      const state = await this.stateOf(trx, id);
      if (!state.totp_enabled || state.totp_secret === null) throw errors.badRequest('Two-factor authentication is not enabled');
      if (!(await this.acceptCode(trx, id, state.totp_secret, code))) throw invalidCode();
      await this.deps.accounts.clear(trx, id);
      await this.audit(trx, id, 'totp.disable');
    });
  }

  /** Someone else turns TOTP off for one who lost their device: the password alone signs in again. */
  reset(id: number): Promise<Account> {
    const { accounts } = this.deps;
    return this.deps.db.transaction().execute(async (trx) => {
      const state = await this.stateOf(trx, id);
      await accounts.clear(trx, id);
      await this.audit(trx, id, 'totp.reset', { before: { totp_enabled: state.totp_enabled }, after: { totp_enabled: false } });
      return accounts.account(trx, id);
    });
  }

  private async stateOf(db: Executor, id: number) {
    const state = await this.deps.accounts.findState(db, id);
    if (!state) throw errors.notFound(this.deps.accounts.notFound);
    return state;
  }

  /** A code of the sealed secret, of a time step no code was accepted at before (taken now). */
  private async acceptCode(db: Executor, id: number, sealed: string, code: string): Promise<boolean> {
    const step = matchingStep(this.deps.sealer.decrypt(sealed), code, this.deps.clock.now());
    return step !== null && (await this.deps.accounts.claimStep(db, id, step));
  }

  private audit(db: Executor, id: number, action: string, details?: Record<string, unknown>): Promise<void> {
    const { accounts } = this.deps;
    return recordAudit(db, { actor: this.actor, action: `${accounts.area}.${action}`, target: accounts.target(id), ...(details ? { details } : {}) });
  }
}

function invalidCode() {
  return errors.badRequest('Invalid one-time code');
}
