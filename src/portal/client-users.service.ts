import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { PortalSettings, StoreMode } from '../config.ts';
import { errors } from '../shared/errors.ts';
import type { ClientScope } from '../auth/client-scope.ts';
import { hashSecret, verifySecret } from '../auth/credentials.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Clock } from '../infra/clock.ts';
import { newOpaqueToken, OPAQUE_TOKEN, tokenHash } from '../infra/crypto/session-tokens.ts';
import { isUniqueViolation } from '../infra/db/errors.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { Database } from '../infra/db/schema.ts';
import { queueEmail } from '../notifications/outbox.repository.ts';
import type { SecretSealer } from '../operators/totp.service.ts';
import * as repo from './client-users.repository.ts';
import type { ClientUserRecord } from './client-users.repository.ts';
import { invitationMessage, passwordResetMessage, portalLink, portalPage, type Message } from './portal-mail.ts';
import { mayAssignRole, permissionDenied, type PortalRole } from './portal-roles.ts';
import { clientUserSessions } from './portal-sessions.repository.ts';
import { clientUserTotpAccounts } from './portal-totp.repository.ts';

export type { ClientUserRecord };

/** A new invitation: its user, and the page its e-mailed link opens (the link without its token). */
export interface Invitation {
  user: ClientUserRecord;
  acceptPage: string;
}

/** Who changes a client's team: an operator (any client, any role), or a signed-in user of that client. */
type TeamActor = { kind: 'operator'; actor: string } | { kind: 'user'; actor: string; role: PortalRole };

/** A signed-in user who changes its client's team: its audit actor and role. */
export interface Colleague {
  actor: string;
  role: PortalRole;
}

/** Where a sign-in, an invitation's acceptance or a reset comes from, for the audit log. */
export interface RequestContext {
  ip: string;
  userAgent: string | null;
  /** The request's origin (`https://host`), the base of e-mailed links when PUBLIC_URL is unset. */
  origin: string;
}

export interface ClientUsersDeps {
  db: Kysely<Database>;
  clock: Clock;
  /** Seals the bodies of e-mails that carry a link with a token (the store's at-rest key). */
  sealer: SecretSealer;
  settings: PortalSettings;
  publicUrl: string | null;
  storeMode: StoreMode;
  log: FastifyBaseLogger;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

const USER_NOT_FOUND = 'User not found';
const invalidLink = () => errors.badRequest('The link is invalid, used or expired', 'INVALID_TOKEN');
/** The password asked again (a code reveal, a password change) is not the user's. */
export const invalidPassword = () => errors.forbidden('The password is not correct', 'INVALID_PASSWORD');

/**
 * The people of a client (docs/portal.md): invitations (by an operator, or by the client's owners
 * and admins), the team as each side sees it, roles and deactivation (a client keeps at least one
 * active owner), accepting an invitation, password resets, and the password checks of a sign-in
 * and of a code reveal. Invitation and reset links carry an opaque token that only the e-mail
 * holds (stored as its SHA-256; the e-mail's body is stored sealed until sent). Every change is
 * audited on `client_user:<id>`, so it counts as the client's in the audit log.
 */
export class ClientUsersService {
  constructor(private readonly deps: ClientUsersDeps) {}

  /** Any client's users, oldest first; 404 for a client that does not exist. */
  async listForOperator(clientId: number): Promise<ClientUserRecord[]> {
    await this.clientOrThrow(this.deps.db, clientId);
    return repo.listClientUserRecords(this.deps.db, clientId);
  }

  /** The users of the session's client, oldest first. */
  listTeam(scope: ClientScope): Promise<ClientUserRecord[]> {
    return repo.listClientUserRecords(this.deps.db, scope.clientId);
  }

  inviteForOperator(clientId: number, input: { email: string; role: PortalRole }, actor: string, origin: string): Promise<Invitation> {
    return this.invite(clientId, input, { kind: 'operator', actor }, origin);
  }

  /** A colleague's invitation by a signed-in user: owners invite any role, admins any but owner. */
  inviteColleague(scope: ClientScope, input: { email: string; role: PortalRole }, by: Colleague, origin: string): Promise<Invitation> {
    return this.invite(scope.clientId, input, { kind: 'user', ...by }, origin);
  }

  /** An operator (de)activates any client's user; it may deactivate the last owner (and invite another). */
  setActiveForOperator(clientId: number, userId: number, active: boolean, actor: string): Promise<ClientUserRecord> {
    return this.update(clientId, userId, { active }, { kind: 'operator', actor });
  }

  /** A signed-in user changes a colleague of its client (or itself): see `update`. */
  updateColleague(scope: ClientScope, userId: number, changes: { role?: PortalRole; active?: boolean }, by: Colleague): Promise<ClientUserRecord> {
    return this.update(scope.clientId, userId, changes, { kind: 'user', ...by });
  }

  /**
   * A new user of the client and its invitation e-mail; a user of the client still invited (no
   * password yet) is invited again (the earlier link stops working). An address taken by anyone
   * else is 409 EMAIL_TAKEN.
   */
  private async invite(clientId: number, input: { email: string; role: PortalRole }, by: TeamActor, origin: string): Promise<Invitation> {
    const email = normalizeEmail(input.email);
    const { db, clock, settings } = this.deps;
    const now = clock.now();
    const token = newOpaqueToken();
    const expiresAt = new Date(now.getTime() + settings.invitationMs);
    try {
      return await db.transaction().execute(async (trx) => {
        const client = await this.clientOrThrow(trx, clientId);
        const existing = await repo.findUserForSignIn(trx, email);
        if (existing && (existing.client_id !== clientId || existing.password_hash !== null)) {
          throw errors.conflict('EMAIL_TAKEN', 'A user with this e-mail address already exists');
        }
        if (by.kind === 'user' && !mayAssignRole(by.role, existing?.role ?? null, input.role)) throw permissionDenied();
        const userId = existing
          ? (await repo.updateUser(trx, existing.id, { role: input.role, active: true }, now), existing.id)
          : await repo.insertUser(trx, { client_id: clientId, email, role: input.role, invited_by: by.actor });
        await repo.insertInvitation(trx, { user_id: userId, token_hash: tokenHash(token), expires_at: expiresAt, invited_by: by.actor }, now);
        const link = portalLink(this.linkBase(origin), 'accept', token);
        await this.mail(trx, email, invitationMessage({ clientName: client.name, role: input.role, link, expiresAt }));
        await recordAudit(trx, {
          actor: by.actor,
          action: 'portal.user.invite',
          target: `client_user:${userId}`,
          details: { email, role: input.role, expires_at: expiresAt.toISOString(), again: existing !== undefined },
        });
        return { user: (await repo.findUserRecord(trx, userId))!, acceptPage: portalPage(this.linkBase(origin), 'accept') };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw errors.conflict('EMAIL_TAKEN', 'A user with this e-mail address already exists');
      throw error;
    }
  }

  /**
   * A change of a user's role or state by an operator (`by.kind` operator: anything) or by a
   * colleague (owners: anyone; admins: anyone but owners, and nobody becomes an owner). A change
   * that would leave the client without an active owner who can sign in is 409 LAST_OWNER, unless
   * an operator makes it (an operator may lock out a compromised owner and invite another).
   * Deactivation ends the user's sessions at once; a new role applies to its next request.
   */
  private async update(clientId: number, userId: number, changes: { role?: PortalRole; active?: boolean }, by: TeamActor): Promise<ClientUserRecord> {
    const { db, clock } = this.deps;
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      await this.clientOrThrow(trx, clientId);
      await repo.lockClientUsers(trx, clientId);
      const before = await repo.findClientUserRecord(trx, clientId, userId);
      if (!before) throw errors.notFound(USER_NOT_FOUND);
      const role = changes.role ?? before.role;
      const active = changes.active ?? before.active;
      if (role === before.role && active === before.active) return before;
      if (by.kind === 'user' && !mayAssignRole(by.role, before.role, role)) throw permissionDenied();
      await repo.updateUser(trx, userId, { role, active }, now);
      if (by.kind === 'user' && (await repo.countSignedUpOwners(trx, clientId)) === 0) {
        throw errors.conflict('LAST_OWNER', 'The account must keep at least one active owner');
      }
      if (!active) await clientUserSessions.revokeAll(trx, userId, now);
      const action = active === before.active ? 'portal.user.role' : active ? 'portal.user.activate' : 'portal.user.deactivate';
      await recordAudit(trx, {
        actor: by.actor,
        action,
        target: `client_user:${userId}`,
        details: { email: before.email, before: { role: before.role, active: before.active }, after: { role, active } },
      });
      return (await repo.findUserRecord(trx, userId))!;
    });
  }

  /**
   * Accepting an invitation: its password set (argon2id), the link used up. Answers the user, who
   * is then signed in. Any link that is unknown, used, replaced or expired, or whose user or
   * client was deactivated since, is 400 INVALID_TOKEN.
   */
  async acceptInvitation(input: { token: string; password: string }, context: RequestContext): Promise<number> {
    if (!OPAQUE_TOKEN.test(input.token)) throw invalidLink();
    const passwordHash = await hashSecret(input.password);
    const now = this.deps.clock.now();
    return this.deps.db.transaction().execute(async (trx) => {
      const userId = await repo.acceptInvitation(trx, tokenHash(input.token), now);
      const user = userId === undefined ? undefined : await this.signInState(trx, userId);
      if (!user || user.password_hash !== null) throw invalidLink();
      await repo.updateUser(trx, user.id, { password_hash: passwordHash }, now);
      await recordAudit(trx, {
        actor: `client_user:${user.id}`,
        action: 'portal.invitation.accept',
        target: `client_user:${user.id}`,
        details: { email: user.email, ip: context.ip, user_agent: context.userAgent },
      });
      return user.id;
    });
  }

  /**
   * A password-reset e-mail to a user who can sign in (active, of an active client, invitation
   * accepted); nothing for any other address, and the caller cannot tell which it was. In
   * production mode without PUBLIC_URL no e-mail is sent: its link would take the request's Host
   * header, which anyone can set.
   */
  async requestPasswordReset(email: string, context: RequestContext): Promise<void> {
    const { db, clock, settings, log } = this.deps;
    const user = await repo.findUserForSignIn(db, normalizeEmail(email));
    if (!user || !user.active || !user.client_active || user.password_hash === null) return;
    if (this.deps.publicUrl === null && this.deps.storeMode === 'production') {
      log.warn({ userId: user.id }, 'password reset not sent: set PUBLIC_URL, the address of the links in e-mails (production mode)');
      return;
    }
    const now = clock.now();
    const token = newOpaqueToken();
    const expiresAt = new Date(now.getTime() + settings.passwordResetMs);
    await db.transaction().execute(async (trx) => {
      await repo.insertPasswordReset(trx, { user_id: user.id, token_hash: tokenHash(token), expires_at: expiresAt });
      const link = portalLink(this.linkBase(context.origin), 'reset-password', token);
      await this.mail(trx, user.email, passwordResetMessage({ link, expiresAt }));
      await recordAudit(trx, {
        actor: `client_user:${user.id}`,
        action: 'portal.password_reset.request',
        target: `client_user:${user.id}`,
        details: { ip: context.ip, user_agent: context.userAgent, expires_at: expiresAt.toISOString() },
      });
    });
  }

  /** A new password from a reset link (used up, with every other one of the user); every session of the user ends. */
  async confirmPasswordReset(input: { token: string; password: string }, context: RequestContext): Promise<void> {
    if (!OPAQUE_TOKEN.test(input.token)) throw invalidLink();
    const passwordHash = await hashSecret(input.password);
    const now = this.deps.clock.now();
    await this.deps.db.transaction().execute(async (trx) => {
      const userId = await repo.usePasswordReset(trx, tokenHash(input.token), now);
      const user = userId === undefined ? undefined : await this.signInState(trx, userId);
      if (!user || user.password_hash === null) throw invalidLink();
      await repo.updateUser(trx, user.id, { password_hash: passwordHash }, now);
      await repo.closePasswordResets(trx, user.id, now);
      await clientUserSessions.revokeAll(trx, user.id, now);
      await recordAudit(trx, {
        actor: `client_user:${user.id}`,
        action: 'portal.password_reset.complete',
        target: `client_user:${user.id}`,
        details: { ip: context.ip, user_agent: context.userAgent },
      });
    });
  }

  /**
   * A signed-in user's new password (argon2id), after its current one (else 403 INVALID_PASSWORD,
   * as a code reveal's, nothing changed or audited). Every other session of the user ends and its
   * open reset links are used up; the session that asked stays.
   */
  async changePassword(
    by: { userId: number; sessionId: number },
    input: { current_password: string; new_password: string },
    context: RequestContext,
  ): Promise<void> {
    if (!(await this.passwordMatches(by.userId, input.current_password))) throw invalidPassword();
    const passwordHash = await hashSecret(input.new_password);
    const now = this.deps.clock.now();
    await this.deps.db.transaction().execute(async (trx) => {
      await repo.updateUser(trx, by.userId, { password_hash: passwordHash }, now);
      await repo.closePasswordResets(trx, by.userId, now);
      const ended = await clientUserSessions.revokeAll(trx, by.userId, now, by.sessionId);
      await recordAudit(trx, {
        actor: `client_user:${by.userId}`,
        action: 'portal.password.change',
        target: `client_user:${by.userId}`,
        details: { session_id: by.sessionId, other_sessions_ended: ended, ip: context.ip, user_agent: context.userAgent },
      });
    });
  }

  /**
   * An operator turns off the second factor of a client's user who lost its device and recovery
   * codes: its secret and recovery codes are deleted and every session of the user ends, so the
   * password alone signs in again (and may enrol again). Audited `portal.totp.reset`.
   */
  resetTotpForOperator(clientId: number, userId: number, actor: string): Promise<ClientUserRecord> {
    const now = this.deps.clock.now();
    return this.deps.db.transaction().execute(async (trx) => {
      await this.clientOrThrow(trx, clientId);
      const before = await repo.findClientUserRecord(trx, clientId, userId);
      if (!before) throw errors.notFound(USER_NOT_FOUND);
      await clientUserTotpAccounts.clear(trx, userId);
      const ended = await clientUserSessions.revokeAll(trx, userId, now);
      await recordAudit(trx, {
        actor,
        action: 'portal.totp.reset',
        target: `client_user:${userId}`,
        details: { email: before.email, before: { totp_enabled: before.totp_enabled }, after: { totp_enabled: false }, sessions_ended: ended },
      });
      return (await repo.findUserRecord(trx, userId))!;
    });
  }

  /** Whether `password` is the user's (a code reveal asks for it again); argon2id, as at sign-in. */
  async passwordMatches(userId: number, password: string): Promise<boolean> {
    return verifySecret(await repo.findPasswordHash(this.deps.db, userId), password);
  }

  /** The user who may sign in by its state (active, of an active client), or undefined. */
  private async signInState(db: Executor, userId: number) {
    const user = await repo.findUserForSignInById(db, userId);
    return user && user.active && user.client_active ? user : undefined;
  }

  private async clientOrThrow(db: Executor, clientId: number) {
    const client = await repo.findClient(db, clientId);
    if (!client) throw errors.notFound('Client not found');
    return client;
  }

  /** PUBLIC_URL, else the request's origin. */
  private linkBase(origin: string): string {
    return this.deps.publicUrl ?? origin;
  }

  private mail(db: Executor, recipient: string, message: Message): Promise<void> {
    return queueEmail(db, { recipient, subject: message.subject, body: this.deps.sealer.encrypt(message.body), sealed: true });
  }
}
