import type { Executor } from '../infra/db/executor.ts';
import type { ClientUserRole } from '../infra/db/schema.ts';

/** A client user as the portal and the operator see it (never its password hash or TOTP secret). */
export interface ClientUserRecord {
  id: number;
  client_id: number;
  email: string;
  role: ClientUserRole;
  active: boolean;
  /** The invitation was accepted (a password is set). */
  has_password: boolean;
  totp_enabled: boolean;
  invited_by: string;
  /** The end of its open invitation (not accepted, not replaced), if it has one. */
  invitation_expires_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

function records(db: Executor) {
  return db.selectFrom('client_users as u').select((eb) => [
    'u.id',
    'u.client_id',
    'u.email',
    'u.role',
    'u.active',
    eb('u.password_hash', 'is not', null).as('has_password'),
    'u.totp_enabled',
    'u.invited_by',
    eb
      .selectFrom('client_user_invitations as i')
      .select((inner) => inner.fn.max('i.expires_at').as('expires_at'))
      .whereRef('i.user_id', '=', 'u.id')
      .where('i.accepted_at', 'is', null)
      .where('i.revoked_at', 'is', null)
      .as('invitation_expires_at'),
    'u.created_at',
    'u.updated_at',
  ]);
}

export function findUserRecord(db: Executor, userId: number): Promise<ClientUserRecord | undefined> {
  return records(db).where('u.id', '=', userId).executeTakeFirst() as Promise<ClientUserRecord | undefined>;
}

/** One user of one client; undefined for a user of any other client. */
export function findClientUserRecord(db: Executor, clientId: number, userId: number): Promise<ClientUserRecord | undefined> {
  return records(db).where('u.id', '=', userId).where('u.client_id', '=', clientId).executeTakeFirst() as Promise<ClientUserRecord | undefined>;
}

export function listClientUserRecords(db: Executor, clientId: number): Promise<ClientUserRecord[]> {
  return records(db).where('u.client_id', '=', clientId).orderBy('u.id').execute() as Promise<ClientUserRecord[]>;
}

function signInUsers(db: Executor) {
  return db
    .selectFrom('client_users as u')
    .innerJoin('clients as c', 'c.id', 'u.client_id')
    .select([
      'u.id',
      'u.client_id',
      'u.email',
      'u.role',
      'u.active',
      'u.password_hash',
      'u.totp_secret',
      'u.totp_enabled',
      'c.active as client_active',
    ]);
}

/** The user of an e-mail address (lower-case) with what a sign-in checks: its password hash, TOTP state and client's state. */
export function findUserForSignIn(db: Executor, email: string) {
  return signInUsers(db).where('u.email', '=', email).executeTakeFirst();
}

export function findUserForSignInById(db: Executor, userId: number) {
  return signInUsers(db).where('u.id', '=', userId).executeTakeFirst();
}

export function findClient(db: Executor, clientId: number) {
  return db.selectFrom('clients').select(['id', 'name', 'active']).where('id', '=', clientId).executeTakeFirst();
}

export function findPasswordHash(db: Executor, userId: number): Promise<string | null> {
  return db
    .selectFrom('client_users')
    .select('password_hash')
    .where('id', '=', userId)
    .executeTakeFirst()
    .then((row) => row?.password_hash ?? null);
}

export async function insertUser(
  db: Executor,
  values: { client_id: number; email: string; role: ClientUserRole; invited_by: string },
): Promise<number> {
  const row = await db.insertInto('client_users').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateUser(
  db: Executor,
  userId: number,
  changes: { role?: ClientUserRole; active?: boolean; password_hash?: string },
  now: Date,
): Promise<void> {
  await db
    .updateTable('client_users')
    .set({ ...changes, updated_at: now })
    .where('id', '=', userId)
    .execute();
}

/** Locks every user row of the client: changes to one client's team are made one at a time (the last owner stays). */
export async function lockClientUsers(db: Executor, clientId: number): Promise<void> {
  await db.selectFrom('client_users').select('id').where('client_id', '=', clientId).forUpdate().execute();
}

/** Owners of the client who can sign in: active, with a password. */
export async function countSignedUpOwners(db: Executor, clientId: number): Promise<number> {
  const row = await db
    .selectFrom('client_users')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('client_id', '=', clientId)
    .where('role', '=', 'owner')
    .where('active', '=', true)
    .where('password_hash', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

// ---- invitations ----

/** A new invitation for the user; any open one before it stops working. */
export async function insertInvitation(
  db: Executor,
  values: { user_id: number; token_hash: string; expires_at: Date; invited_by: string },
  now: Date,
) {
  await db
    .updateTable('client_user_invitations')
    .set({ revoked_at: now })
    .where('user_id', '=', values.user_id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
  await db.insertInto('client_user_invitations').values(values).execute();
}

/** Takes an open invitation (once): the user it invites, or undefined for an unknown, used, replaced or expired token. */
export async function acceptInvitation(db: Executor, tokenHash: string, now: Date): Promise<number | undefined> {
  const row = await db
    .updateTable('client_user_invitations')
    .set({ accepted_at: now })
    .where('token_hash', '=', tokenHash)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id;
}

// ---- password resets ----

export async function insertPasswordReset(db: Executor, values: { user_id: number; token_hash: string; expires_at: Date }): Promise<void> {
  await db.insertInto('client_user_password_resets').values(values).execute();
}

/** Takes an unused, unexpired reset token (once): its user, or undefined. */
export async function usePasswordReset(db: Executor, tokenHash: string, now: Date): Promise<number | undefined> {
  const row = await db
    .updateTable('client_user_password_resets')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id;
}

/** Every other reset link of the user stops working (a password was just set). */
export async function closePasswordResets(db: Executor, userId: number, now: Date): Promise<void> {
  await db.updateTable('client_user_password_resets').set({ used_at: now }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
}
