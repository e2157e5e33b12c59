import { sql, type Kysely } from 'kysely';

/**
 * `abort_statement(reason)`: raises SQLSTATE PRS01 with `reason` as the message. A statement
 * that runs on its own (no BEGIN/COMMIT) is atomic, and this is how it refuses to commit what it
 * has written when a condition it computed does not hold (`infra/db/statement-abort.ts`).
 * Returns boolean only so it can stand in a select list; it never returns.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create or replace function abort_statement(reason text) returns boolean language plpgsql volatile as $$
    begin
      raise exception using errcode = 'PRS01', message = reason;
    end
    $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function if exists abort_statement(text)`.execute(db);
}
