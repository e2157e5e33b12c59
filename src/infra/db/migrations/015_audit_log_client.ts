import { sql, type Kysely } from 'kysely';

/**
 * `audit_log.client_id`: the client an entry concerns, so the operator can read one client's
 * history (`GET /admin/v1/audit?client_id=…`, `popup-store audit --client …`). `recordAudit`
 * fills it from the entry's target (`client:N`, or a wallet, order, webhook or token family of
 * the client) or from a client actor (`client:N`). Entries written before this migration get it
 * from the same rules. Indexes for the list, newest first, by client and by actor.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table audit_log add column if not exists client_id integer`.execute(db);
  await sql`
    update audit_log a set client_id = coalesce(
      case when a.target ~ '^client:[0-9]{1,9}$' then split_part(a.target, ':', 2)::integer end,
      case when a.target ~ '^wallet:[0-9]{1,9}$' then (select w.client_id from wallets w where w.id = split_part(a.target, ':', 2)::integer) end,
      case when a.target ~ '^order:[0-9]{1,9}$' then (select o.client_id from orders o where o.id = split_part(a.target, ':', 2)::integer) end,
      case when a.target ~ '^webhook:[0-9]{1,9}$' then (select e.client_id from webhook_endpoints e where e.id = split_part(a.target, ':', 2)::integer) end,
      case when a.target like 'token_family:%' then (select f.client_id from token_families f where f.id = substr(a.target, 14)) end,
      case when a.actor ~ '^client:[0-9]{1,9}$' then split_part(a.actor, ':', 2)::integer end)
    where a.client_id is null`.execute(db);
  await sql`create index if not exists audit_log_client_idx on audit_log (client_id, id) where client_id is not null`.execute(db);
  await sql`create index if not exists audit_log_actor_idx on audit_log (actor, id)`.execute(db);
  await sql`create index if not exists audit_log_created_idx on audit_log (created_at)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists audit_log_created_idx`.execute(db);
  await sql`drop index if exists audit_log_actor_idx`.execute(db);
  await sql`drop index if exists audit_log_client_idx`.execute(db);
  await sql`alter table audit_log drop column if exists client_id`.execute(db);
}
