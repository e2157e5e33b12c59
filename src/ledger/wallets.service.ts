import type { Kysely, Transaction } from 'kysely';
import type { ClientScope } from '../auth/client-scope.ts';
import { errors } from '../shared/errors.ts';
import { checkIdempotencyKey, idempotencyKeyErrors } from '../shared/idempotency-key.ts';
import { isUniqueViolation } from '../infra/db/errors.ts';
import { adjustmentHash, findAdjustmentKey, insertAdjustmentKey } from './adjustment-keys.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { Database, TransactionType } from '../infra/db/schema.ts';
import { readList } from '../infra/db/list-reads.ts';
import {
  LIST_BOUNDS,
  listPageMeta,
  mapPage,
  pageMeta,
  pageRequest,
  readOptionalPage,
  type ListRequest,
  type OptionalPage,
  type PageMeta,
  type PageRequest,
  pageTooDeep,
} from '../shared/pages.ts';
import { resolveCurrency } from './currency-input.ts';
import type { CreateWalletInput, WalletAdjustment } from './wallets.schemas.ts';
import { creditWallet, debitWallet, OPERATOR_ACCOUNT_KINDS } from './ledger.ts';
import * as repo from './ledger.repository.ts';
import { readTransactionPage } from './transactions.list-reads.ts';
import type { TransactionFilter, TransactionSortField, WalletFilter, WalletRecord } from './ledger.repository.ts';
import { formatMinor, minorToNumber, parseAmount } from '../money/minor-units.ts';
import {
  adminTransactionView,
  adminWalletView,
  transactionView,
  walletView,
  type AdminTransactionView,
  type AdminWalletView,
  type TransactionView,
  type WalletView,
} from './views.ts';
import { longerThan } from '../shared/text-length.ts';

export const WALLET_NOT_FOUND = 'Wallet not found';
export const TRANSACTION_NOT_FOUND = 'Transaction not found';
const MAX_REMARKS = 500;

/** What an operator can do to wallets: served by the service and by the admin HTTP API. */
export interface WalletAdministration {
  createWallet(input: CreateWalletInput): Promise<AdminWalletView>;
  listWallets(filter?: { clientId?: number }): Promise<AdminWalletView[]>;
  getWallet(walletId: number): Promise<AdminWalletView>;
  creditWallet(walletId: number, adjustment: WalletAdjustment): Promise<AdminTransactionView>;
  debitWallet(walletId: number, adjustment: WalletAdjustment): Promise<AdminTransactionView>;
  /** The wallet's transactions, newest first. */
  /** Newest first: the last `limit`, or with `page` that page of them and its meta. */
  listWalletTransactions(walletId: number, options?: { limit?: number; page?: number }): Promise<OptionalPage<AdminTransactionView>>;
}

const UNIQUE_VIOLATION = '23505';

function normalizeRemarks(remarks: string | undefined): string | null {
  if (remarks === undefined) return null;
  const text = remarks.replace(/\s+/g, ' ').trim();
  if (longerThan(text, MAX_REMARKS)) {
    throw errors.validation(`Invalid remarks: at most ${MAX_REMARKS} characters`, [
      { field: 'remarks', message: `at most ${MAX_REMARKS} characters` },
    ]);
  }
  return text || null;
}

/**
 * The page of `request.limit` items that holds transaction `line` in the list's filters and order:
 * the items before it are those after it in the opposite order, read as a cursor reads them (the
 * list's own bounds apply), at most LIST_BOUNDS.maxOffset of them — deeper is PAGE_TOO_DEEP.
 */
async function pageHolding(
  trx: Transaction<Database>,
  scope: ClientScope,
  filter: TransactionFilter,
  request: ListRequest<TransactionSortField>,
  line: number,
): Promise<PageRequest> {
  const micros = await repo.findClientTransactionKey(trx, scope, line);
  if (micros === undefined) throw errors.notFound(TRANSACTION_NOT_FOUND);
  const { field, direction } = request.sort;
  const reversed = { field, direction: direction === 'ASC' ? ('DESC' as const) : ('ASC' as const) };
  const before = await readTransactionPage(trx, {
    clientId: scope.clientId,
    filter,
    sort: reversed,
    offset: 0,
    limit: LIST_BOUNDS.maxOffset + 1,
    after: { list: 'transactions', owner: scope.clientId, sort: reversed, key: field === 'created_at' ? micros : null, id: line },
  });
  if (before.rows.length > LIST_BOUNDS.maxOffset) throw pageTooDeep();
  return pageRequest(Math.floor(before.rows.length / request.limit) + 1, request.limit);
}

/** What a client route may ask: the request's client's wallets and transactions (`ClientScope`). */
export type ClientWallets = Pick<
  WalletsService,
  'listClientWallets' | 'getClientWallet' | 'listClientTransactions' | 'getClientTransaction' | 'clientOrderSpend'
>;

/**
 * Wallets and their transactions (api.md 5): client reads, and the operator's money tools
 * — create a wallet, credit (top-up) and debit adjustments — each audited in the
 * same database transaction as the ledger posting.
 */
export class WalletsService implements WalletAdministration {
  constructor(
    private readonly deps: { db: Kysely<Database> },
    private readonly actor: string,
  ) {}

  /** The same service acting for another operator identity (audit log). */
  as(actor: string): WalletsService {
    return new WalletsService(this.deps, actor);
  }

  // ---- client reads ---------------------------------------------------------------------------

  /** GET /api/v1/wallets: always `id DESC` (api.md 5.1). */
  async listClientWallets(scope: ClientScope, filter: WalletFilter, page: PageRequest): Promise<{ items: WalletView[]; meta: PageMeta }> {
    const total = await repo.countClientWallets(this.deps.db, scope, filter);
    const items = total > page.offset ? await repo.listClientWallets(this.deps.db, scope, filter, page) : [];
    return { items: items.map(walletView), meta: pageMeta(page, total, items.length) };
  }

  async getClientWallet(scope: ClientScope, walletId: number): Promise<WalletView> {
    const wallet = await repo.findClientWallet(this.deps.db, scope, walletId);
    if (!wallet) throw errors.notFound(WALLET_NOT_FOUND);
    return walletView(wallet);
  }

  /** What the client spent on orders since `since`, per currency (refunds deducted), oldest currency code first. */
  async clientOrderSpend(scope: ClientScope, since: Date): Promise<{ currency_code: string; amount: number; orders: number }[]> {
    const rows = await repo.sumClientOrderSpend(this.deps.db, scope, since);
    return rows.map((row) => ({ currency_code: row.currency_code, amount: minorToNumber(row.spent, row.minor_units), orders: row.orders }));
  }

  /**
   * GET /api/v1/transactions: filters of api.md 5.2, newest first by default; by `page` or `after` a
   * cursor. With `line` (the portal's statement, opened from an order's timeline; not with `after`
   * nor the amount sort, which no cursor reads), the page that holds that transaction of the client
   * in the list's filters and order — or would hold it, were it filtered out.
   */
  async listClientTransactions(
    scope: ClientScope,
    filter: TransactionFilter,
    request: ListRequest<TransactionSortField>,
    line?: number,
  ): Promise<{ items: TransactionView[]; meta: PageMeta }> {
    const { listed, records, page } = await readList(this.deps.db, async (trx) => {
      const page = line === undefined ? request : { ...request, ...(await pageHolding(trx, scope, filter, request, line)) };
      const listed = await readTransactionPage(trx, {
        clientId: scope.clientId,
        filter,
        sort: page.sort,
        offset: page.offset,
        limit: page.limit,
        after: page.after,
      });
      return {
        listed,
        page,
        records: await repo.findTransactionsByIds(
          trx,
          listed.rows.map((row) => row.id),
        ),
      };
    });
    const byId = new Map(records.map((transaction) => [transaction.id, transaction]));
    const items = listed.rows.map((row) => transactionView(byId.get(row.id)!));
    const last = listed.rows.at(-1);
    const next = last && { key: request.sort.field === 'created_at' ? last.k : null, id: last.id };
    return { items, meta: listPageMeta(page, listed, items.length, next) };
  }

  async getClientTransaction(scope: ClientScope, transactionId: number): Promise<TransactionView> {
    const transaction = await repo.findClientTransaction(this.deps.db, scope, transactionId);
    if (!transaction) throw errors.notFound(TRANSACTION_NOT_FOUND);
    return transactionView(transaction);
  }

  // ---- operator -----------------------------------------------------------------------------

  async createWallet(input: CreateWalletInput): Promise<AdminWalletView> {
    const type = (input.type ?? 'PREPAID').toString().toUpperCase();
    if (type !== 'PREPAID' && type !== 'POSTPAID') {
      throw errors.validation('Invalid type: PREPAID or POSTPAID', [{ field: 'type', message: 'must be PREPAID or POSTPAID' }]);
    }
    try {
      return await this.deps.db.transaction().execute(async (trx) => {
        const client = await trx.selectFrom('clients').select('id').where('id', '=', input.client_id).executeTakeFirst();
        if (!client) throw errors.notFound('Client not found');
        const currency = await resolveCurrency(trx, input.currency, 'currency', { requireActive: true });
        const creditLimit =
          input.credit_limit === undefined ? 0n : parseAmount(input.credit_limit, currency, { field: 'credit_limit', allowZero: true });
        if (type === 'PREPAID' && creditLimit !== 0n) {
          throw errors.validation('Invalid credit_limit: only POSTPAID wallets have a credit limit', [
            { field: 'credit_limit', message: 'only POSTPAID wallets have a credit limit' },
          ]);
        }
        if (await repo.findWalletByCurrency(trx, client.id, currency.id)) throw duplicateWallet(currency.code);
        const accountId = await repo.ensureAccount(trx, {
          code: repo.walletAccountCode(client.id, currency.id),
          kind: 'CLIENT_WALLET',
          currency_id: currency.id,
        });
        // The operator side of this currency exists from the start, so postings only read it.
        for (const kind of OPERATOR_ACCOUNT_KINDS) {
          await repo.ensureAccount(trx, { code: repo.operatorAccountCode(kind, currency.id), kind, currency_id: currency.id });
        }
        const id = await repo.insertWallet(trx, {
          client_id: client.id,
          currency_id: currency.id,
          type,
          credit_limit: creditLimit,
          account_id: accountId,
          created_by: this.actor,
        });
        const view = adminWalletView((await repo.findWalletForOperator(trx, id))!);
        await recordAudit(trx, { actor: this.actor, action: 'wallet.create', target: `wallet:${id}`, details: { after: view } });
        return view;
      });
    } catch (error) {
      // Two operators creating the same wallet at once: the unique index decides.
      if ((error as { code?: unknown } | null)?.code === UNIQUE_VIOLATION) {
        const currency = await resolveCurrency(this.deps.db, input.currency, 'currency');
        throw duplicateWallet(currency.code);
      }
      throw error;
    }
  }

  async listWallets(filter: { clientId?: number } = {}): Promise<AdminWalletView[]> {
    return (await repo.listWalletsForOperator(this.deps.db, { clientId: filter.clientId })).map(adminWalletView);
  }

  async getWallet(walletId: number): Promise<AdminWalletView> {
    return adminWalletView(await this.findWalletOrThrow(this.deps.db, walletId));
  }

  async creditWallet(walletId: number, adjustment: WalletAdjustment): Promise<AdminTransactionView> {
    return (await this.adjust(walletId, adjustment, 'CREDIT', null)).transaction;
  }

  async debitWallet(walletId: number, adjustment: WalletAdjustment): Promise<AdminTransactionView> {
    return (await this.adjust(walletId, adjustment, 'DEBIT', null)).transaction;
  }

  /**
   * A credit or debit, under an `Idempotency-Key` when one is given: the first request with the
   * key posts it; a repeat of the same request (wallet, direction, amount, remarks) gets that
   * transaction again, `replayed`, and posts nothing; another request with the key is 422
   * IDEMPOTENCY_MISMATCH. A refused request (404, 400 INSUFFICIENT_FUNDS) keeps nothing: the key
   * may be used again.
   */
  adjustWallet(
    walletId: number,
    direction: 'credit' | 'debit',
    adjustment: WalletAdjustment,
    idempotencyKey?: string,
  ): Promise<{ transaction: AdminTransactionView; replayed: boolean }> {
    const key = idempotencyKey === undefined ? null : checkIdempotencyKey(idempotencyKey);
    return this.adjust(walletId, adjustment, direction === 'credit' ? 'CREDIT' : 'DEBIT', key);
  }

  async listWalletTransactions(walletId: number, options: { limit?: number; page?: number } = {}): Promise<OptionalPage<AdminTransactionView>> {
    const { db } = this.deps;
    await this.findWalletOrThrow(db, walletId);
    const limit = Math.min(Math.max(options.limit ?? 50, 1), 10_000);
    const page = options.page === undefined ? null : pageRequest(options.page, limit);
    const answer = await readOptionalPage(page, {
      count: () => repo.countWalletTransactions(db, walletId),
      items: () => repo.listWalletTransactions(db, walletId, limit, page?.offset ?? 0),
    });
    return mapPage(answer, adminTransactionView);
  }

  /**
   * A top-up or a debit adjustment against the FUNDING account of the wallet currency, audited
   * in the same transaction. A debit never takes a PREPAID wallet below zero (nor a POSTPAID
   * one below its credit limit): 400 INSUFFICIENT_FUNDS.
   */
  private async adjust(
    walletId: number,
    adjustment: WalletAdjustment,
    type: TransactionType,
    key: string | null,
  ): Promise<{ transaction: AdminTransactionView; replayed: boolean }> {
    const note = normalizeRemarks(adjustment.remarks);
    const { db } = this.deps;
    const amountIn = (wallet: WalletRecord) => parseAmount(adjustment.amount, { code: wallet.currency_code, minor_units: wallet.minor_units });
    const earlier = async () => {
      const kept = key === null ? undefined : await findAdjustmentKey(db, key);
      if (!kept) return null;
      const wallet = await this.findWalletOrThrow(db, walletId);
      if (kept.request_hash !== adjustmentHash(walletId, type, amountIn(wallet), note)) throw idempotencyKeyErrors.mismatch();
      const [posted] = await repo.findTransactionsByIds(db, [kept.transaction_id]);
      return { transaction: adminTransactionView(posted!), replayed: true };
    };
    const replay = await earlier();
    if (replay) return replay;
    try {
      const transaction = await db.transaction().execute(async (trx) => {
        const wallet = await this.findWalletOrThrow(trx, walletId);
        const amount = amountIn(wallet);
        const movement = {
          walletId,
          amount,
          counterAccount: 'FUNDING' as const,
          note,
          reason: type === 'CREDIT' ? 'TOP_UP' : 'ADJUSTMENT',
          actor: this.actor,
        };
        const posted = type === 'CREDIT' ? await creditWallet(trx, movement) : await debitWallet(trx, movement);
        if (key !== null) await insertAdjustmentKey(trx, key, adjustmentHash(walletId, type, amount, note), posted.id);
        const view = adminTransactionView(posted);
        const before = posted.balance_after! - posted.amount;
        await recordAudit(trx, {
          actor: this.actor,
          action: type === 'CREDIT' ? 'wallet.credit' : 'wallet.debit',
          target: `wallet:${walletId}`,
          details: {
            transaction: view,
            before: { balance: formatMinor(before, wallet.minor_units) },
            after: { balance: formatMinor(posted.balance_after!, wallet.minor_units) },
          },
        });
        return view;
      });
      return { transaction, replayed: false };
    } catch (error) {
      // The same key committed by a request that ran at the same time: this one rolled back.
      if (isUniqueViolation(error, 'wallet_adjustment_keys_pkey')) {
        const concurrent = await earlier();
        if (concurrent) return concurrent;
      }
      throw error;
    }
  }

  private async findWalletOrThrow(db: Executor, walletId: number): Promise<WalletRecord> {
    const wallet = await repo.findWalletForOperator(db, walletId);
    if (!wallet) throw errors.notFound(WALLET_NOT_FOUND);
    return wallet;
  }
}

function duplicateWallet(code: string) {
  return errors.badRequest(`The client already has a ${code} wallet`);
}
