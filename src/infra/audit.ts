import type { Expression } from 'kysely';
import type { Executor } from './db/executor.ts';

export interface AuditEntry {
  actor: string;
  action: string;
  target?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Keys whose values never enter the audit log, at any depth of `details`: secrets, password and
 * secret hashes, tokens, voucher codes and PINs. Entries carry what changed, never a credential;
 * these are replaced by "[redacted]" should a view that holds one ever be audited.
 */
const SECRET_KEYS = new Set([
  'password',
  'password_hash',
  'secret',
  'secret_hash',
  'signing_secret',
  'token',
  'access_token',
  'refresh_token',
  'code',
  'pin',
  'claim_url',
]);

function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const result: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    result[key] = SECRET_KEYS.has(key.toLowerCase()) && inner !== null && typeof inner !== 'number' ? '[redacted]' : withoutSecrets(inner);
  }
  return result;
}

const ID = /^[1-9][0-9]{0,8}$/;

/**
 * The client an entry concerns: a `client:N` target or actor, or the client of the wallet,
 * order, webhook, API credential, token family or client user (`client_user:N`, the portal's people) it targets,
 * else of the client user who acts (read in the same statement as the insert).
 */
function clientOf(db: Executor, entry: AuditEntry): number | Expression<number | null> | null {
  const [kind, id] = splitTarget(entry.target ?? '');
  if (kind === 'client' && ID.test(id)) return Number(id);
  if (kind === 'client_user' && ID.test(id)) return clientOfUser(db, id);
  if (kind === 'wallet' && ID.test(id)) return db.selectFrom('wallets').select('client_id').where('id', '=', Number(id)).$asScalar();
  if (kind === 'order' && ID.test(id)) return db.selectFrom('orders').select('client_id').where('id', '=', Number(id)).$asScalar();
  if (kind === 'webhook' && ID.test(id)) return db.selectFrom('webhook_endpoints').select('client_id').where('id', '=', Number(id)).$asScalar();
  if (kind === 'client_credential' && ID.test(id))
    return db.selectFrom('client_credentials').select('client_id').where('id', '=', Number(id)).$asScalar();
  if (kind === 'token_family' && id) return db.selectFrom('token_families').select('client_id').where('id', '=', id).$asScalar();
  const [actorKind, actorId] = splitTarget(entry.actor);
  if (actorKind === 'client_user' && ID.test(actorId)) return clientOfUser(db, actorId);
  return actorKind === 'client' && ID.test(actorId) ? Number(actorId) : null;
}

const clientOfUser = (db: Executor, id: string) => db.selectFrom('client_users').select('client_id').where('id', '=', Number(id)).$asScalar();

function splitTarget(target: string): [string, string] {
  const colon = target.indexOf(':');
  return colon < 0 ? [target, ''] : [target.slice(0, colon), target.slice(colon + 1)];
}

/** Written in the caller's transaction, so an audited change and its record commit together. */
export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor: entry.actor,
      action: entry.action,
      target: entry.target ?? null,
      details: JSON.stringify(withoutSecrets(entry.details ?? {})),
      client_id: clientOf(db, entry),
    })
    .execute();
}

/**
 * The action a change is recorded under: `<subject>.activate` or `<subject>.deactivate` when it
 * changes nothing but `active`, `<subject>.update` otherwise (fields given as undefined do not count).
 */
export function changeAction(subject: string, changes: { active?: boolean } & Record<string, unknown>): string {
  const given = Object.keys(changes).filter((key) => changes[key] !== undefined);
  if (given.length === 1 && given[0] === 'active') return `${subject}.${changes.active ? 'activate' : 'deactivate'}`;
  return `${subject}.update`;
}
