import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { errors } from '../shared/errors.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Database } from '../infra/db/schema.ts';
import { verifySecret } from '../auth/credentials.ts';
import { findOperatorByUsername } from './operators.repository.ts';
import type { SecondFactor, SecondFactorInput, TotpService } from './totp.service.ts';

export interface CredentialsInput extends SecondFactorInput {
  username: string;
  password: string;
}

/** Where a sign-in comes from, for the audit log. */
export interface SignInContext {
  ip: string;
  userAgent: string | null;
}

export interface SignedInOperator {
  id: number;
  username: string;
  tokenVersion: number;
  totpEnabled: boolean;
  /** The one-time code that was accepted, for an operator with TOTP. */
  secondFactor: SecondFactor | null;
}

export interface CredentialsDeps {
  db: Kysely<Database>;
  totp: TotpService;
  log: FastifyBaseLogger;
}

/**
 * The operator login and the console sign-in: username and password, then the one-time code of an
 * operator with TOTP. Unknown usernames cost one argon2id verification too, so timing tells
 * nothing; a wrong username or password and an inactive operator all get "Invalid credentials".
 * A wrong one-time code after the right password is audited (someone has the password).
 */
export async function checkOperatorCredentials(deps: CredentialsDeps, input: CredentialsInput, context: SignInContext): Promise<SignedInOperator> {
  const operator = await findOperatorByUsername(deps.db, input.username);
  const passwordMatches = await verifySecret(operator?.password_hash ?? null, input.password);
  if (!operator || !passwordMatches || !operator.active) {
    const reason = !operator ? 'unknown username' : !passwordMatches ? 'wrong password' : 'operator inactive';
    deps.log.info({ operatorId: operator?.id, reason }, 'operator login refused');
    throw errors.unauthorized('Invalid credentials');
  }
  const verdict = await deps.totp.verify(operator, input);
  if ('refused' in verdict) {
    if (verdict.refused === 'missing') throw errors.totpRequired();
    deps.log.info({ operatorId: operator.id, reason: 'invalid one-time code' }, 'operator login refused');
    await recordAudit(deps.db, {
      actor: `operator:${operator.username}`,
      action: 'operator.sign_in_failed',
      target: `operator:${operator.id}`,
      details: { reason: 'invalid one-time code', ip: context.ip, user_agent: context.userAgent },
    });
    throw errors.unauthorized('Invalid one-time code');
  }
  return {
    id: operator.id,
    username: operator.username,
    tokenVersion: operator.token_version,
    totpEnabled: operator.totp_enabled,
    secondFactor: verdict.factor,
  };
}
