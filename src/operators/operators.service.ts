import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { errors } from '../shared/errors.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { Database } from '../infra/db/schema.ts';
import type { InvalidationBus } from '../infra/invalidation/bus.ts';
import type { Clock } from '../infra/clock.ts';
import { generateSecret, hashSecret } from '../auth/credentials.ts';
import type { CredentialsInput, SignedInOperator, SignInContext } from './operator-credentials.ts';
import { OPERATOR_TOPIC, type OperatorTokenSigner } from './operator-tokens.ts';
import * as repo from './operators.repository.ts';
import { operatorSessions } from './sessions.repository.ts';
import type { OperatorFilter, OperatorRecord, OperatorSortField } from './operators.repository.ts';
import { readOptionalPage, type OptionalPage, type OptionalPageRequest } from '../shared/pages.ts';

export { OPERATOR_SORT_FIELDS } from './operators.repository.ts';
export type { OperatorFilter, OperatorRecord, OperatorSortField };

export interface CreatedOperator {
  operator_id: number;
  username: string;
  /** Shown this once; only its argon2id hash is stored. */
  password: string;
}

export interface OperatorToken {
  access_token: string;
  access_expires_at: Date;
}

/** What an operator can do to operator accounts: served by the service and by the admin HTTP API. */
export interface OperatorAdministration {
  createOperator(input: { username: string }): Promise<CreatedOperator>;
  /** The operators the filter selects, sorted; a page of them, or all when no page is asked. */
  listOperators(filter: OperatorFilter, request: OptionalPageRequest<OperatorSortField>): Promise<OptionalPage<OperatorRecord>>;
  setActive(operatorId: number, active: boolean): Promise<OperatorRecord>;
  rotatePassword(operatorId: number): Promise<CreatedOperator>;
}

/** Lower-case letters, digits, `.`, `_`, `-`; starts with a letter or digit; at most 64. */
export const USERNAME_PATTERN = '^[a-z0-9][a-z0-9._-]{0,63}$';
const USERNAME = new RegExp(USERNAME_PATTERN);
/** The audit names of the static admin tokens and of the CLI: no account may pose as them. */
const RESERVED_USERNAMES = new Set(['admin-token', 'local-cli', 'cli', 'system']);

export function validateUsername(username: string): string {
  if (!USERNAME.test(username)) {
    throw errors.validation('Username must be 1-64 characters: lower-case letters, digits, ".", "_" or "-", starting with a letter or digit');
  }
  if (RESERVED_USERNAMES.has(username)) throw errors.validation(`Username "${username}" is reserved`);
  return username;
}

const UNIQUE_VIOLATION = '23505';
const notFound = () => errors.notFound('Operator not found');

export interface OperatorsServiceDeps {
  db: Kysely<Database>;
  bus: InvalidationBus;
  signer: OperatorTokenSigner;
  log: FastifyBaseLogger;
  clock: Clock;
  /** Username, password and, for an operator with TOTP, the one-time code (operator-credentials.ts). */
  checkCredentials: (input: CredentialsInput, context: SignInContext) => Promise<SignedInOperator>;
}

/**
 * Operator accounts: login to a short-lived operator token, logout, and the
 * account management every operator may do (console sessions: console-sessions.service.ts). Every write is audited; every change to an
 * account's state reaches every process's operator cache before the caller hears back.
 */
export class OperatorsService implements OperatorAdministration {
  constructor(
    private readonly deps: OperatorsServiceDeps,
    private readonly actor: string,
  ) {}

  /** The same service acting for another operator identity (audit log). */
  as(actor: string): OperatorsService {
    return new OperatorsService(this.deps, actor);
  }

  /** An operator token for the credentials (and the one-time code of an operator with TOTP). */
  async login(input: CredentialsInput, context: SignInContext): Promise<OperatorToken> {
    const operator = await this.deps.checkCredentials(input, context);
    const token = await this.deps.signer.sign({ operatorId: operator.id, tokenVersion: operator.tokenVersion });
    await recordAudit(this.deps.db, {
      actor: `operator:${operator.username}`,
      action: 'operator.login',
      target: `operator:${operator.id}`,
      details: { ip: context.ip, ...(operator.secondFactor ? { second_factor: operator.secondFactor } : {}) },
    });
    return { access_token: token.token, access_expires_at: token.expiresAt };
  }

  /** Every token and console session of the operator stops working, on every process, before this resolves. */
  async logout(operatorId: number): Promise<void> {
    await this.change(operatorId, 'operator.logout', (trx) => this.revokeEverything(trx, operatorId));
  }

  async createOperator(input: { username: string }): Promise<CreatedOperator> {
    const username = validateUsername(input.username.trim());
    const password = generateSecret();
    const passwordHash = await hashSecret(password);
    try {
      const operatorId = await this.deps.db.transaction().execute(async (trx) => {
        if (await repo.findOperatorByUsername(trx, username)) throw duplicate();
        const id = await repo.insertOperator(trx, { username, password_hash: passwordHash });
        await recordAudit(trx, {
          actor: this.actor,
          action: 'operator.create',
          target: `operator:${id}`,
          details: { after: { username, active: true } },
        });
        return id;
      });
      return { operator_id: operatorId, username, password };
    } catch (error) {
      // Two operators creating the same username at once: the unique index decides.
      if ((error as { code?: unknown } | null)?.code === UNIQUE_VIOLATION) throw duplicate();
      throw error;
    }
  }

  listOperators(filter: OperatorFilter, request: OptionalPageRequest<OperatorSortField>): Promise<OptionalPage<OperatorRecord>> {
    const { db } = this.deps;
    return readOptionalPage(request.page, {
      count: () => repo.countOperatorRecords(db, filter),
      items: () => repo.listOperatorRecords(db, filter, request),
    });
  }

  /** Deactivation also revokes the tokens and ends the console sessions, so a later reactivation revives neither. */
  setActive(operatorId: number, active: boolean): Promise<OperatorRecord> {
    return this.change(operatorId, active ? 'operator.activate' : 'operator.deactivate', async (trx) => {
      await repo.updateOperator(trx, operatorId, { active });
      if (!active) await this.revokeEverything(trx, operatorId);
    });
  }

  /** The old password stops working; the operator's tokens are revoked and console sessions ended. */
  async rotatePassword(operatorId: number): Promise<CreatedOperator> {
    const password = generateSecret();
    const passwordHash = await hashSecret(password);
    const after = await this.change(operatorId, 'operator.rotate_password', async (trx) => {
      await repo.updateOperator(trx, operatorId, { password_hash: passwordHash });
      await this.revokeEverything(trx, operatorId);
    });
    return { operator_id: operatorId, username: after.username, password };
  }

  private async revokeEverything(trx: Executor, operatorId: number): Promise<void> {
    await repo.updateOperator(trx, operatorId, { revokeTokens: true });
    await operatorSessions.revokeAll(trx, operatorId, this.deps.clock.now());
  }

  /** One audited change: before/after in the audit log, then every process drops the operator. */
  private async change(operatorId: number, action: string, apply: (trx: Executor) => Promise<unknown>): Promise<OperatorRecord> {
    const after = await this.deps.db.transaction().execute(async (trx) => {
      const before = await repo.findOperatorRecord(trx, operatorId);
      if (!before) throw notFound();
      await apply(trx);
      const updated = (await repo.findOperatorRecord(trx, operatorId))!;
      await recordAudit(trx, {
        actor: this.actor,
        action,
        target: `operator:${operatorId}`,
        details: { before: snapshot(before), after: snapshot(updated) },
      });
      return updated;
    });
    await this.deps.bus.publish(OPERATOR_TOPIC, String(operatorId));
    return after;
  }
}

function duplicate() {
  return errors.badRequest('An operator with this username already exists');
}

function snapshot(operator: OperatorRecord) {
  return { username: operator.username, active: operator.active };
}
