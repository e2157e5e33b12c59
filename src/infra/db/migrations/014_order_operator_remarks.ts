import { sql, type Kysely } from 'kysely';

/**
 * `orders.operator_remarks`: why an operator cancelled the order, for the operator (admin view,
 * `popup-store orders show`) and the audit log; never shown to the client, whose order says
 * `failure_reason` "Cancelled by the operator". Remarks an operator cancel wrote into
 * `failure_reason` before this column existed move here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table orders add column if not exists operator_remarks text`.execute(db);
  await sql`
    update orders set operator_remarks = failure_reason, failure_reason = 'Cancelled by the operator'
    where status = 'CANCELLED' and failure_code = 'CANCELLED' and operator_remarks is null
      and failure_reason is not null and failure_reason <> 'Cancelled by the operator'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    update orders set failure_reason = operator_remarks
    where status = 'CANCELLED' and failure_code = 'CANCELLED' and operator_remarks is not null`.execute(db);
  await sql`alter table orders drop column if exists operator_remarks`.execute(db);
}
