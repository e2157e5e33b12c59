import { sql, type Kysely, type RawBuilder } from 'kysely';
import { toRfc3339 } from '../shared/dates.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { Database } from '../infra/db/schema.ts';
import { formatMinor } from '../money/minor-units.ts';

/**
 * Reconciliation (api.md 5.3): every ledger invariant, checked on one consistent
 * snapshot (a REPEATABLE READ transaction), so postings running meanwhile cannot cause a false
 * alarm. Read-only.
 */

export type ReconciliationCheckName =
  | 'wallet_balance_matches_transactions'
  | 'wallet_balance_matches_entries'
  | 'balance_after_chain'
  | 'transactions_balanced'
  | 'transactions_posted'
  | 'accounts_sum_to_zero'
  | 'prepaid_not_negative'
  | 'postpaid_within_credit_limit'
  | 'ledger_immutable'
  | 'orders_paid_exactly'
  | 'orders_vouchers_match';

export interface ReconciliationCheck {
  name: ReconciliationCheckName;
  description: string;
  ok: boolean;
  /** How many breaks were found (the report lists at most 100 per check). */
  breaks: number;
}

export interface ReconciliationBreak {
  check: ReconciliationCheckName;
  message: string;
}

export interface ReconciliationReport {
  ok: boolean;
  checked_at: string;
  summary: { wallets: number; transactions: number; entries: number; accounts: number; currencies: number };
  checks: ReconciliationCheck[];
  breaks: ReconciliationBreak[];
}

/** What an operator can do with the ledger as a whole: served locally and by the admin HTTP API. */
export interface LedgerAdministration {
  reconcile(): Promise<ReconciliationReport>;
}

const DESCRIPTIONS: Record<ReconciliationCheckName, string> = {
  wallet_balance_matches_transactions: 'every wallet balance equals the sum of its COMPLETED transactions',
  wallet_balance_matches_entries: "every wallet balance equals the sum of the entries on the wallet's ledger account",
  balance_after_chain: "every transaction's balance_after equals the running sum of the wallet's transactions",
  transactions_balanced: "every ledger transaction's entries sum to zero in each currency",
  transactions_posted: 'every COMPLETED transaction has a wallet entry equal to its amount and a counter entry; other statuses have none',
  accounts_sum_to_zero: 'the sum over all accounts is zero in each currency',
  prepaid_not_negative: 'no PREPAID wallet is below zero',
  postpaid_within_credit_limit: 'no POSTPAID wallet is below minus its credit limit',
  ledger_immutable: 'the triggers refusing UPDATE and DELETE on ledger rows are in place and enabled',
  orders_paid_exactly:
    "every order's debits equal its total_payable (and what operator retries charged again) and its refunds equal its refunded_amount",
  orders_vouchers_match:
    'every order has exactly delivered_quantity vouchers; DELIVERED orders all of them; unfinished orders a delivery job, finished ones none',
};

/** What a check verifies, in words: names an operator reads where the report itself is not at hand (the console's overview). */
export function describeCheck(name: string): string {
  return (DESCRIPTIONS as Record<string, string>)[name] ?? name;
}

const LIST_LIMIT = 100;
const IMMUTABILITY_TRIGGERS: [table: string, trigger: string][] = [
  ['ledger_transactions', 'ledger_transactions_immutable'],
  ['ledger_entries', 'ledger_entries_immutable'],
  ['fx_rates', 'fx_rates_immutable'],
];

/** SUM over BIGINT is NUMERIC: text from both engines. */
const big = (value: string | bigint | number | null): bigint => (value === null ? 0n : BigInt(value));

async function rows<R>(db: Executor, query: RawBuilder<R>): Promise<R[]> {
  return (await query.execute(db)).rows;
}

export async function reconcileLedger(db: Kysely<Database>, now = new Date()): Promise<ReconciliationReport> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const found = new Map<ReconciliationCheckName, string[]>((Object.keys(DESCRIPTIONS) as ReconciliationCheckName[]).map((name) => [name, []]));
      const report = (check: ReconciliationCheckName, message: string) => found.get(check)!.push(message);
      const money = (value: string | bigint | null, places: number, code: string) => `${formatMinor(big(value), places)} ${code}`;

      // 1–2. Cached balance against completed transactions and against ledger entries.
      for (const w of await rows(
        trx,
        sql<{ id: number; client_id: number; code: string; places: number; balance: string; tx_sum: string | null; entry_sum: string | null }>`
          select w.id, w.client_id, c.code, c.minor_units as places, w.balance::text as balance,
                 t.total::text as tx_sum, e.total::text as entry_sum
          from wallets w
          join currencies c on c.id = w.currency_id
          left join (select wallet_id, sum(amount) as total from ledger_transactions where status = 'COMPLETED' group by wallet_id) t
            on t.wallet_id = w.id
          left join (select account_id, sum(amount) as total from ledger_entries group by account_id) e
            on e.account_id = w.account_id
          where w.balance <> coalesce(t.total, 0) or w.balance <> coalesce(e.total, 0)
          order by w.id`,
      )) {
        const label = `wallet ${w.id} (client ${w.client_id}, ${w.code})`;
        if (big(w.balance) !== big(w.tx_sum)) {
          report(
            'wallet_balance_matches_transactions',
            `${label}: balance ${money(w.balance, w.places, w.code)}, but its completed transactions sum to ${money(w.tx_sum, w.places, w.code)}`,
          );
        }
        if (big(w.balance) !== big(w.entry_sum)) {
          report(
            'wallet_balance_matches_entries',
            `${label}: balance ${money(w.balance, w.places, w.code)}, but its ledger entries sum to ${money(w.entry_sum, w.places, w.code)}`,
          );
        }
      }

      // 3. balance_after follows the running sum per wallet (ids follow the row-lock order).
      for (const t of await rows(
        trx,
        sql<{ id: number; wallet_id: number; code: string; places: number; balance_after: string | null; running: string }>`
          select x.id, x.wallet_id, c.code, c.minor_units as places, x.balance_after::text as balance_after, x.running::text as running
          from (
            select id, wallet_id, currency_id, balance_after,
                   sum(amount) over (partition by wallet_id order by id) as running
            from ledger_transactions where status = 'COMPLETED'
          ) x
          join currencies c on c.id = x.currency_id
          where x.balance_after is null or x.balance_after <> x.running
          order by x.id`,
      )) {
        report(
          'balance_after_chain',
          `transaction ${t.id} (wallet ${t.wallet_id}): balance_after ${t.balance_after === null ? 'missing' : money(t.balance_after, t.places, t.code)}, running sum ${money(t.running, t.places, t.code)}`,
        );
      }

      // 4. Each transaction balanced per currency.
      for (const t of await rows(
        trx,
        sql<{ transaction_id: number; code: string; places: number; total: string }>`
          select e.transaction_id, c.code, c.minor_units as places, sum(e.amount)::text as total
          from ledger_entries e join currencies c on c.id = e.currency_id
          group by e.transaction_id, c.code, c.minor_units
          having sum(e.amount) <> 0
          order by e.transaction_id`,
      )) {
        report('transactions_balanced', `transaction ${t.transaction_id}: its ${t.code} entries sum to ${money(t.total, t.places, t.code)}, not 0`);
      }

      // 5. Completed transactions are posted (wallet entry = amount, plus a counter side); others are not.
      for (const t of await rows(
        trx,
        sql<{ id: number; status: string; code: string; places: number; amount: string; wallet_entry: string | null; entries: string }>`
          select t.id, t.status, c.code, c.minor_units as places, t.amount::text as amount,
                 (select sum(e.amount) from ledger_entries e where e.transaction_id = t.id and e.account_id = w.account_id)::text as wallet_entry,
                 (select count(*) from ledger_entries e where e.transaction_id = t.id)::text as entries
          from ledger_transactions t
          join wallets w on w.id = t.wallet_id
          join currencies c on c.id = t.currency_id
          where (t.status = 'COMPLETED' and (
                   coalesce((select sum(e.amount) from ledger_entries e where e.transaction_id = t.id and e.account_id = w.account_id), 0) <> t.amount
                   or (select count(*) from ledger_entries e where e.transaction_id = t.id) < 2))
             or (t.status <> 'COMPLETED' and exists (select 1 from ledger_entries e where e.transaction_id = t.id))
          order by t.id`,
      )) {
        report(
          'transactions_posted',
          t.status === 'COMPLETED'
            ? `transaction ${t.id}: amount ${money(t.amount, t.places, t.code)}, wallet entry ${t.wallet_entry === null ? 'missing' : money(t.wallet_entry, t.places, t.code)}, ${t.entries} entries`
            : `transaction ${t.id}: status ${t.status} but it has ledger entries`,
        );
      }

      // 6. Money is conserved: all accounts together are zero in each currency.
      for (const c of await rows(
        trx,
        sql<{ code: string; places: number; total: string }>`
          select c.code, c.minor_units as places, sum(e.amount)::text as total
          from ledger_entries e join currencies c on c.id = e.currency_id
          group by c.code, c.minor_units having sum(e.amount) <> 0 order by c.code`,
      )) {
        report('accounts_sum_to_zero', `${c.code}: all accounts together sum to ${money(c.total, c.places, c.code)}, not 0`);
      }

      // 7. Balance floors.
      for (const w of await rows(
        trx,
        sql<{ id: number; type: string; code: string; places: number; balance: string; credit_limit: string }>`
          select w.id, w.type, c.code, c.minor_units as places, w.balance::text as balance, w.credit_limit::text as credit_limit
          from wallets w join currencies c on c.id = w.currency_id
          where (w.type = 'PREPAID' and w.balance < 0) or (w.type = 'POSTPAID' and w.balance < -w.credit_limit)
          order by w.id`,
      )) {
        if (w.type === 'PREPAID') report('prepaid_not_negative', `wallet ${w.id} (PREPAID): balance ${money(w.balance, w.places, w.code)}`);
        else {
          report(
            'postpaid_within_credit_limit',
            `wallet ${w.id} (POSTPAID): balance ${money(w.balance, w.places, w.code)}, credit limit ${money(w.credit_limit, w.places, w.code)}`,
          );
        }
      }

      // 8. Immutability: the triggers exist on our tables and are enabled.
      const triggers = await rows(
        trx,
        sql<{ table_name: string; trigger_name: string; enabled: string }>`
          select cl.relname as table_name, tg.tgname as trigger_name, tg.tgenabled::text as enabled
          from pg_trigger tg
          join pg_class cl on cl.oid = tg.tgrelid
          join pg_namespace ns on ns.oid = cl.relnamespace
          where ns.nspname = current_schema() and not tg.tgisinternal`,
      );
      for (const [table, trigger] of IMMUTABILITY_TRIGGERS) {
        const row = triggers.find((t) => t.table_name === table && t.trigger_name === trigger);
        if (!row) report('ledger_immutable', `${table}: trigger ${trigger} is missing`);
        else if (row.enabled !== 'O' && row.enabled !== 'A') report('ledger_immutable', `${table}: trigger ${trigger} is disabled`);
      }

      // 9. Orders against the ledger: what each order debited and refunded.
      for (const o of await rows(
        trx,
        sql<{
          id: number;
          code: string;
          places: number;
          total_payable: string;
          recharged: string;
          refunded: string;
          debited: string | null;
          credited: string | null;
        }>`
          select o.id, c.code, c.minor_units as places, o.total_payable::text as total_payable, o.recharged_amount::text as recharged,
                 o.refunded_amount::text as refunded,
                 d.total::text as debited, r.total::text as credited
          from orders o
          join currencies c on c.id = o.wallet_currency_id
          left join (select order_id, -sum(amount) as total from ledger_transactions where reason = 'ORDER' group by order_id) d
            on d.order_id = o.id
          left join (select order_id, sum(amount) as total from ledger_transactions where reason = 'REFUND' group by order_id) r
            on r.order_id = o.id
          where coalesce(d.total, 0) <> o.total_payable + o.recharged_amount or coalesce(r.total, 0) <> o.refunded_amount
          order by o.id`,
      )) {
        report(
          'orders_paid_exactly',
          `order ${o.id}: total_payable ${money(o.total_payable, o.places, o.code)}` +
            (o.recharged === '0' ? '' : `, recharged_amount ${money(o.recharged, o.places, o.code)}`) +
            `, debited ${money(o.debited, o.places, o.code)}; ` +
            `refunded_amount ${money(o.refunded, o.places, o.code)}, refunds ${money(o.credited, o.places, o.code)}`,
        );
      }

      // 10. Orders against their vouchers and jobs.
      for (const o of await rows(
        trx,
        sql<{ id: number; status: string; quantity: number; delivered: number; vouchers: string; has_job: boolean }>`
          select o.id, o.status, o.quantity, o.delivered_quantity as delivered,
                 (select count(*) from order_vouchers v where v.order_id = o.id)::text as vouchers,
                 exists (select 1 from fulfilment_jobs j where j.order_id = o.id) as has_job
          from orders o
          where (select count(*) from order_vouchers v where v.order_id = o.id) <> o.delivered_quantity
             or (o.status = 'DELIVERED' and o.delivered_quantity <> o.quantity)
             or (o.status in ('PENDING') and not exists (select 1 from fulfilment_jobs j where j.order_id = o.id))
             or (o.status in ('DELIVERED', 'FAILED', 'CANCELLED') and exists (select 1 from fulfilment_jobs j where j.order_id = o.id))
          order by o.id`,
      )) {
        report(
          'orders_vouchers_match',
          `order ${o.id} (${o.status}): quantity ${o.quantity}, delivered_quantity ${o.delivered}, vouchers stored ${o.vouchers}, ` +
            `delivery job ${o.has_job ? 'present' : 'absent'}`,
        );
      }

      const [summary] = await rows(
        trx,
        sql<{ wallets: string; transactions: string; entries: string; accounts: string; currencies: string }>`
          select (select count(*) from wallets)::text as wallets,
                 (select count(*) from ledger_transactions)::text as transactions,
                 (select count(*) from ledger_entries)::text as entries,
                 (select count(*) from ledger_accounts)::text as accounts,
                 (select count(distinct currency_id) from ledger_entries)::text as currencies`,
      );

      const checks: ReconciliationCheck[] = [...found].map(([name, messages]) => ({
        name,
        description: DESCRIPTIONS[name],
        ok: messages.length === 0,
        breaks: messages.length,
      }));
      const breaks = [...found].flatMap(([check, messages]) => messages.slice(0, LIST_LIMIT).map((message) => ({ check, message })));
      return {
        ok: breaks.length === 0,
        checked_at: toRfc3339(now),
        summary: {
          wallets: Number(summary!.wallets),
          transactions: Number(summary!.transactions),
          entries: Number(summary!.entries),
          accounts: Number(summary!.accounts),
          currencies: Number(summary!.currencies),
        },
        checks,
        breaks,
      };
    });
}
