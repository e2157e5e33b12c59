import { sql, type RawBuilder, type Transaction } from 'kysely';
import {
  afterPosition,
  microsOf,
  timestampOf,
  ownerIs,
  readListPage,
  type ListedPage,
  type ListOrder,
  type ListRange,
} from '../infra/db/list-reads.ts';
import type { Database, TransactionStatus, TransactionType } from '../infra/db/schema.ts';
import type { ListCursor, Sort } from '../shared/pages.ts';
import type { TransactionFilter, TransactionSortField } from './ledger.repository.ts';

/**
 * Which transactions a page of GET /api/v1/transactions holds, read as `infra/db/list-reads.ts`
 * describes, through the indexes of migration 018: (client, id), (client, type, id), (client,
 * type, created_at, id), and per wallet (wallet, id), (wallet, type, id), (wallet, type,
 * created_at, id), (wallet, amount, id). A wallet or currency filter names wallets of the client
 * (one per currency); the amount sort merges the client's wallets, each read in amount order,
 * by the amount in major units. `transaction_counts` gives X-Total-Count without a date window.
 */

export interface TransactionListRead {
  clientId: number;
  filter: TransactionFilter;
  sort: Sort<TransactionSortField>;
  offset: number;
  limit: number;
  after?: ListCursor;
}

const TYPES: readonly TransactionType[] = ['CREDIT', 'DEBIT'];
const BY_DATE: ListOrder = { key: 'created_at', direction: 'ASC' };

interface ClientWallet {
  id: number;
  minor_units: number;
}

/** The client's wallets that the wallet and currency filters name (all of them without those). */
async function walletsOf(trx: Transaction<Database>, clientId: number, filter: TransactionFilter): Promise<ClientWallet[]> {
  const { rows } = await sql<ClientWallet>`
    select w.id, c.minor_units from wallets w join currencies c on c.id = w.currency_id
    where w.client_id = ${clientId}::int
      ${filter.walletId === undefined ? sql`` : sql`and w.id = ${filter.walletId}::int`}
      ${filter.currencyId === undefined ? sql`` : sql`and w.currency_id = ${filter.currencyId}::int`}
      ${filter.currencyCode === undefined ? sql`` : sql`and c.code = ${filter.currencyCode}::text`}
    order by w.id`.execute(trx);
  return rows;
}

/** The client's transactions per status, from `transaction_counts`, of these wallets (all: undefined) and type. */
async function countedByStatus(
  trx: Transaction<Database>,
  clientId: number,
  wallets: number[] | undefined,
  type: TransactionType | undefined,
): Promise<Map<TransactionStatus, number>> {
  const { rows } = await sql<{ status: TransactionStatus; n: string | number | bigint }>`
    select status, sum(n) as n from transaction_counts where client_id = ${clientId}::int
      ${wallets === undefined ? sql`` : sql`and wallet_id = any(${wallets}::int[])`}
      ${type === undefined ? sql`` : sql`and transaction_type = ${type}::text`}
    group by status`.execute(trx);
  return new Map(rows.map((row) => [row.status, Number(row.n)]));
}

const emptyPage = (): ListedPage => ({ rows: [], total: 0, capped: false, hasMore: false });

/** The ids of the page (`k`: each transaction's sort key as text), the total and whether there is more. */
export async function readTransactionPage(trx: Transaction<Database>, read: TransactionListRead): Promise<ListedPage> {
  const { filter, clientId } = read;
  const named = filter.walletId !== undefined || filter.currencyId !== undefined || filter.currencyCode !== undefined;
  const amountSort = read.sort.field === 'amount';
  const wallets = named || amountSort ? await walletsOf(trx, clientId, filter) : undefined;
  if (wallets?.length === 0) return emptyPage();
  const byStatus = await countedByStatus(trx, clientId, named ? wallets!.map((wallet) => wallet.id) : undefined, filter.transactionType);
  const all = [...byStatus.values()].reduce((sum, n) => sum + n, 0);
  const ofStatus = filter.status === undefined ? all : (byStatus.get(filter.status) ?? 0);
  if (ofStatus === 0) return emptyPage();
  // A status every transaction has is no filter; otherwise it is read past (all postings are COMPLETED).
  const residual = filter.status !== undefined && ofStatus !== all ? [sql<boolean>`status = ${filter.status}::text`] : [];

  const window: RawBuilder<boolean>[] = [];
  if (filter.start !== undefined) window.push(sql<boolean>`created_at >= ${filter.start}::timestamptz`);
  if (filter.end !== undefined) window.push(sql<boolean>`created_at < ${filter.end}::timestamptz`);

  const types = filter.transactionType === undefined ? TYPES : [filter.transactionType];
  const ofType = (type: TransactionType) => sql<boolean>`transaction_type = ${type}::text`;

  // The ranges of one wallet (named by a filter), of each wallet (merged by amount in major units), or of the client.
  const owners = named || amountSort ? wallets! : [null];
  // One owner (the client, or the one wallet named) is every range's (ListOrder.owner); wallets merged by amount are each their own.
  const owner = amountSort ? undefined : named ? 'wallet_id' : 'client_id';
  const ranges = (scan: ListOrder): ListRange[] =>
    owners.flatMap((wallet) => {
      const of =
        wallet === null
          ? [ownerIs('client_id', clientId)]
          : [amountSort ? sql<boolean>`wallet_id = ${wallet.id}::int` : ownerIs('wallet_id', wallet.id)];
      const computed = wallet === null || !amountSort ? undefined : { major: sql`amount::numeric / ${10 ** wallet.minor_units}::numeric` };
      if (scan.key === 'amount') {
        // The sign is the type: CREDIT > 0, DEBIT < 0, a range of (wallet, amount, id).
        const sign =
          filter.transactionType === undefined ? [] : [filter.transactionType === 'CREDIT' ? sql<boolean>`amount > 0` : sql<boolean>`amount < 0`];
        return [{ table: 'ledger_transactions', where: [...of, ...sign], computed }];
      }
      // In id order without a type: one range of (client, id) or (wallet, id); else one per type.
      if (scan.key === null && filter.transactionType === undefined) return [{ table: 'ledger_transactions', where: of, computed }];
      return types.map((type) => ({ table: 'ledger_transactions', where: [...of, ofType(type)], computed }));
    });

  const order: ListOrder = {
    key: read.sort.field === 'id' ? null : read.sort.field === 'amount' ? 'major' : 'created_at',
    direction: read.sort.direction,
    owner,
  };
  const after = read.after && afterPosition(order, read.after.key === null ? null : timestampOf(read.after.key), read.after.id);
  return readListPage(trx, {
    ranges,
    order,
    scanOrder: amountSort ? { key: 'amount', direction: read.sort.direction } : undefined,
    byDate: { ...BY_DATE, owner },
    window,
    after,
    residual: residual.length ? { where: residual, columns: ['status'] } : undefined,
    counted: async () => ofStatus,
    keyText: order.key === 'created_at' ? microsOf('merged.created_at') : sql<string>`merged.id::text`,
    advice: 'sort by created_at, or narrow start_date/end_date to at most 10000 transactions',
    offset: read.offset,
    limit: read.limit,
  });
}
