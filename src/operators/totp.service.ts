import type { Kysely } from 'kysely';
import { errors } from '../shared/errors.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Clock } from '../infra/clock.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { Database } from '../infra/db/schema.ts';
import { hashRecoveryCode, matchingStep, newRecoveryCodes, newTotpSecret, qrSvg, totpUri } from './totp.ts';
import { findOperatorRecord, type OperatorRecord } from './operators.repository.ts';
import * as repo from './totp.repository.ts';

/** Seals a secret at rest and opens it again (the store's AES-256-GCM key: infra/crypto). */
export interface SecretSealer {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
}

export interface TotpDeps {
  db: Kysely<Database>;
  sealer: SecretSealer;
  clock: Clock;
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

const notFound = () => errors.notFound('Operator not found');

/**
 * An operator's optional second factor: enrolment (a secret, then its first code enables it and
 * answers ten recovery codes, shown once), the check at sign-in, disabling it with a code, and the
 * reset another operator does for one who lost the device. Every change is audited.
 */
export class TotpService {
  constructor(
    private readonly deps: TotpDeps,
    private readonly actor: string,
  ) {}

  as(actor: string): TotpService {
    return new TotpService(this.deps, actor);
  }

  /**
   * At sign-in, after the password: the factor accepted (null for an operator without TOTP), or
   * why none was: no code given (`missing`), or a wrong, replayed or used one (`invalid`).
   */
  async verify(
    operator: { id: number; totp_enabled: boolean; totp_secret: string | null },
    input: SecondFactorInput,
  ): Promise<{ factor: SecondFactor | null } | { refused: 'missing' | 'invalid' }> {
    if (!operator.totp_enabled || operator.totp_secret === null) return { factor: null };
    const { db, clock } = this.deps;
    if (input.totp_code !== undefined) {
      return (await this.acceptCode(db, operator.id, operator.totp_secret, input.totp_code)) ? { factor: 'totp' } : { refused: 'invalid' };
    }
    if (input.recovery_code !== undefined) {
      const used = await repo.useRecoveryCode(db, operator.id, hashRecoveryCode(input.recovery_code), clock.now());
      return used ? { factor: 'recovery_code' } : { refused: 'invalid' };
    }
    return { refused: 'missing' };
  }

  /** A new secret for the operator; TOTP is enabled only once `confirm` gets a code of it. */
  async enrol(operatorId: number): Promise<TotpEnrolment> {
    const secret = newTotpSecret();
    const username = await this.deps.db.transaction().execute(async (trx) => {
      const state = await repo.findTotpState(trx, operatorId);
      if (!state) throw notFound();
      if (state.totp_enabled) throw errors.badRequest('Two-factor authentication is already enabled; disable it first');
      await repo.setPendingTotp(trx, operatorId, this.deps.sealer.encrypt(secret));
      await this.audit(trx, operatorId, 'operator.totp.enrol');
      return state.username;
    });
    const uri = totpUri(secret, username);
    return { secret, otpauth_uri: uri, qr_svg: await qrSvg(uri) };
  }

  /** The first code of the enrolled secret: TOTP on, and ten new recovery codes (shown this once). */
  async confirm(operatorId: number, code: string): Promise<{ recovery_codes: string[] }> {
    const codes = newRecoveryCodes();
    await this.deps.db.transaction().execute(async (trx) => {
      const state = await repo.findTotpState(trx, operatorId);
      if (!state) throw notFound();
      if (state.totp_enabled) throw errors.badRequest('Two-factor authentication is already enabled');
      if (state.totp_secret === null) throw errors.badRequest('No enrolment to confirm: start one with POST /admin/v1/auth/totp');
      if (!(await this.acceptCode(trx, operatorId, state.totp_secret, code))) throw invalidCode();
      await repo.enableTotp(trx, operatorId);
      await repo.replaceRecoveryCodes(trx, operatorId, codes.map(hashRecoveryCode));
      await this.audit(trx, operatorId, 'operator.totp.enable');
    });
    return { recovery_codes: codes };
  }

  /** TOTP off, with a current code of it (so a session left open is not enough). */
  async disable(operatorId: number, code: string): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      const state = await repo.findTotpState(trx, operatorId);
      if (!state) throw notFound();
      if (!state.totp_enabled || state.totp_secret === null) throw errors.badRequest('Two-factor authentication is not enabled');
      if (!(await this.acceptCode(trx, operatorId, state.totp_secret, code))) throw invalidCode();
      await repo.clearTotp(trx, operatorId);
      await this.audit(trx, operatorId, 'operator.totp.disable');
    });
  }

  /** Another operator turns TOTP off for one who lost their device: the password alone signs in again. */
  reset(operatorId: number): Promise<OperatorRecord> {
    return this.deps.db.transaction().execute(async (trx) => {
      const state = await repo.findTotpState(trx, operatorId);
      if (!state) throw notFound();
      await repo.clearTotp(trx, operatorId);
      await recordAudit(trx, {
        actor: this.actor,
        action: 'operator.totp.reset',
        target: `operator:${operatorId}`,
        details: { before: { totp_enabled: state.totp_enabled }, after: { totp_enabled: false } },
      });
      return (await findOperatorRecord(trx, operatorId))!;
    });
  }

  /** A code of the sealed secret, of a time step no code was accepted at before (taken now). */
  private async acceptCode(db: Executor, operatorId: number, sealed: string, code: string): Promise<boolean> {
    const step = matchingStep(this.deps.sealer.decrypt(sealed), code, this.deps.clock.now());
    return step !== null && (await repo.claimTotpStep(db, operatorId, step));
  }

  private audit(db: Executor, operatorId: number, action: string): Promise<void> {
    return recordAudit(db, { actor: this.actor, action, target: `operator:${operatorId}` });
  }
}

function invalidCode() {
  return errors.badRequest('Invalid one-time code');
}
