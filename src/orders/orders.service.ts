import type { Kysely } from 'kysely';
import type { ClientScope } from '../auth/client-scope.ts';
import { DomainError, errors, isCallersMistake } from '../shared/errors.ts';
import type { SupplierRegistry } from '../suppliers/registry.ts';
import type { Supplier } from '../suppliers/supplier.ts';
import { recordAudit } from '../infra/audit.ts';
import type { VoucherCipher } from '../infra/crypto/voucher-cipher.ts';
import { isUniqueViolation } from '../infra/db/errors.ts';
import { checkIdempotencyKey } from '../shared/idempotency-key.ts';
import type { Executor } from '../infra/db/executor.ts';
import { nextId } from '../infra/db/sequences.ts';
import type { Database } from '../infra/db/schema.ts';
import { debitWallet, isKnownWalletMovement, lockWallet, type WalletMovement } from '../ledger/ledger.ts';
import { parseDecimal } from '../money/decimal.ts';
import { minorToNumber } from '../money/minor-units.ts';
import type { Quote, QuoteService } from '../pricing/quote.service.ts';
import { readList } from '../infra/db/list-reads.ts';
import { listPageMeta, type ListRequest, type PageMeta } from '../shared/pages.ts';
import type { IssuedVoucher } from '../shared/voucher.ts';
import { recordDelivery } from './delivery.ts';
import type { FulfilmentService, InlineSupplier, StatementSupplier } from './fulfilment.service.ts';
import { retryUndelivered } from './retry.ts';
import { idempotencyErrors, IdempotencyStore, isInProgress, requestHash, type IdempotentOutcome, type StoredErrorCodec } from './idempotency.ts';
import * as repo from './orders.repository.ts';
import type { OperatorOrderFilter, OperatorOrderRecord, OrderFilter, OrderRecord, OrderSortField } from './orders.repository.ts';
import { readOrderPage } from './orders.list-reads.ts';
import { adminOrderView, orderView, type AdminOrderView, type OrderView } from './orders.views.ts';
import { orderTimeline, type TimelineEntry } from './timeline.ts';
import type { CreateOrderInput } from './orders.schemas.ts';

/** Orders of at most this many vouchers are delivered inside the request (api.md 6.1 step 5). */
export const SYNC_MAX_QUANTITY = 5;
export const ORDER_NOT_FOUND = 'Order not found';

/** A page of orders: `id DESC` unless the request sorts otherwise; by `page` or `after` a cursor. */
export type OrderListRequest = ListRequest<OrderSortField>;

/** What an operator can do to orders: served by the service (for one actor) and by the admin HTTP API. */
export interface OrderAdministration {
  listOrders(filter: OperatorOrderFilter, request: OrderListRequest): Promise<{ items: AdminOrderView[]; meta: PageMeta }>;
  getOrder(orderId: number): Promise<AdminOrderView>;
  cancelOrder(orderId: number, remarks?: string): Promise<AdminOrderView>;
}

/** What a client route may ask: the request's client's orders (`ClientScope`). */
export type ClientOrders = Pick<OrdersService, 'createOrder' | 'getClientOrder' | 'listClientOrders'>;

/** What the client portal may ask: the session's client's orders, without codes but through a reveal. */
export type PortalOrders = Pick<OrdersService, 'getClientOrder' | 'getClientOrderSummary' | 'getClientOrderTimeline' | 'listClientOrders'>;

/** What POST /orders answers: the order, or a replayed earlier outcome (Idempotency-Key). */
export type CreateOrderResult =
  { kind: 'order'; order: OrderWithVouchers; replayed: boolean } | { kind: 'error'; error: DomainError; replayed: true };

export type OrderWithVouchers = OrderView & { vouchers: IssuedVoucher[] };

/**
 * Who places an order when it is not the client's API credentials: a person of the client in the
 * portal. The debit names them, and the audit entry is written in the order's transaction (so the
 * order goes through `placeInTransaction`, never the one-statement path).
 */
export interface OrderPlacer {
  /** The actor of the debit and of the audit entry (`client_user:N`). */
  actor: string;
  /** The audit entry's action and details; its target is the new order, and the order's product, quantity and charge are added. */
  audit: { action: string; details: Record<string, unknown> };
}

export const outOfStock = () => errors.badRequest('Product is not available in the requested quantity', 'OUT_OF_STOCK');
export const duplicateReference = () => errors.badRequest('Duplicate client_reference');

interface Deps {
  db: Kysely<Database>;
  quotes: QuoteService;
  suppliers: SupplierRegistry;
  fulfilment: FulfilmentService;
  cipher: VoucherCipher;
  idempotency: IdempotencyStore;
}

/** Text at a currency's precision ("25.00") as minor units (2500n). */
function minorUnits(text: string, places: number): bigint {
  const value = parseDecimal(text)!;
  return value.units * 10n ** BigInt(places - value.scale);
}

/** The row of a new order, priced exactly as the quote. */
function orderColumns(scope: ClientScope, input: CreateOrderInput, quote: Quote, idempotencyKey: string | null): repo.NewOrder {
  const { product, wallet, amounts } = quote;
  return {
    client_id: scope.clientId,
    product_id: product.id,
    product_name: product.name,
    supplier: product.supplier,
    voucher_type: product.voucherType,
    product_currency_id: product.currencyId,
    denomination: minorUnits(quote.denomination, product.precision),
    quantity: quote.quantity,
    amount: amounts.nonDiscountedTotal,
    discount_rate: quote.discount,
    discount_amount: amounts.discountAmount,
    wallet_id: wallet.id,
    wallet_currency_id: wallet.currencyId,
    total_payable: amounts.totalPayable,
    client_reference: input.client_reference ?? input.ref ?? null,
    ref: input.ref ?? null,
    idempotency_key: idempotencyKey,
    email: input.email ?? null,
    message: 'Order is being processed',
  };
}

/** The new order as it is before its debit and delivery. */
function pendingOrder(id: number, columns: repo.NewOrder, quote: Quote, createdAt: Date): OrderRecord {
  return {
    ...columns,
    id,
    created_at: createdAt,
    transaction_id: null,
    refunded_amount: 0n,
    recharged_amount: 0n,
    status: 'PENDING',
    delivered_quantity: 0,
    failure_code: null,
    failure_reason: null,
    operator_remarks: null,
    completed_at: null,
    product_currency: quote.product.currencyCode,
    product_places: quote.product.precision,
    wallet_currency: quote.wallet.currencyCode,
    wallet_places: quote.wallet.precision,
  };
}

/** What the order takes from its wallet: exactly the quote's total_payable (> 0). */
function orderDebit(order: OrderRecord, quote: Quote, actor = `client:${order.client_id}`): WalletMovement {
  return {
    walletId: order.wallet_id,
    clientId: order.client_id,
    amount: order.total_payable,
    counterAccount: 'REVENUE',
    note: `Order #${order.id}`,
    reason: 'ORDER',
    actor,
    orderId: order.id,
    fx: quote.fx,
    walletCurrency: { id: quote.wallet.currencyId, code: quote.wallet.currencyCode, minorUnits: quote.wallet.precision },
  };
}

/** The audit entry of an order placed by a person (`OrderPlacer`), in the order's transaction. */
function recordPlacement(trx: Executor, placer: OrderPlacer, order: OrderRecord): Promise<void> {
  return recordAudit(trx, {
    actor: placer.actor,
    action: placer.audit.action,
    target: `order:${order.id}`,
    details: {
      ...placer.audit.details,
      product_id: order.product_id,
      quantity: order.quantity,
      wallet_id: order.wallet_id,
      total_payable: minorToNumber(order.total_payable, order.wallet_places),
      currency: order.wallet_currency,
    },
  });
}

/**
 * Orders (api.md 6): price exactly as the quote, then create the order, debit the wallet and
 * deliver or reserve the vouchers all or nothing — a small inventory order with one statement
 * (`placeInOneStatement`), every other order, and one that statement could not complete, in one
 * database transaction that also queues the delivery job. Small orders are delivered before the
 * answer, larger ones by the background worker.
 */
export class OrdersService {
  constructor(private readonly deps: Deps) {}

  static create(deps: Omit<Deps, 'idempotency'> & { storedErrors: StoredErrorCodec }): OrdersService {
    const { storedErrors, ...rest } = deps;
    return new OrdersService({ ...rest, idempotency: new IdempotencyStore(deps.db, storedErrors) });
  }

  // ---- client ---------------------------------------------------------------------------------

  async createOrder(scope: ClientScope, input: CreateOrderInput, idempotencyKey?: string, placer?: OrderPlacer): Promise<CreateOrderResult> {
    if (idempotencyKey === undefined) return { kind: 'order', order: await this.place(scope, input, null, placer), replayed: false };

    const key = checkIdempotencyKey(idempotencyKey);
    const start = await this.deps.idempotency.start(scope, key, requestHash(input), {
      find: () => repo.findOrderIdByIdempotencyKey(this.deps.db, scope, key),
      release: () => repo.releaseIdempotencyKey(this.deps.db, scope, key),
    });
    if (start.kind === 'replay') return this.replay(scope, start.outcome);
    let outcome: IdempotentOutcome;
    try {
      const order = await this.place(scope, input, key, placer);
      outcome = { kind: 'order', orderId: order.id };
      await this.deps.idempotency.finish(scope, key, outcome);
      return { kind: 'order', order, replayed: false };
    } catch (error) {
      if (error instanceof DomainError && isCallersMistake(error) && !isInProgress(error)) {
        await this.deps.idempotency.finish(scope, key, { kind: 'error', error });
      } else {
        // With the database gone the release fails too, and is tried again until it gets through;
        // the answer stays this request's own.
        await this.deps.idempotency.releaseSoon(scope, key);
      }
      throw error;
    }
  }

  private async replay(scope: ClientScope, outcome: IdempotentOutcome): Promise<CreateOrderResult> {
    if (outcome.kind === 'error') return { kind: 'error', error: outcome.error, replayed: true };
    return { kind: 'order', order: await this.getClientOrder(scope, outcome.orderId), replayed: true };
  }

  private async place(scope: ClientScope, input: CreateOrderInput, idempotencyKey: string | null, placer?: OrderPlacer): Promise<OrderWithVouchers> {
    const quote = await this.deps.quotes.quote(scope, input.product_id, {
      denomination: input.denomination,
      quantity: input.quantity,
      walletId: input.wallet_id ?? null,
    });
    const supplier = this.deps.suppliers.get(quote.product.supplier);
    // No sandbox or demo code for a client that is not a demo client in production mode.
    if (!supplier || !this.deps.suppliers.mayIssue(supplier, { demoClient: quote.demoClient, demoProduct: quote.product.demo })) {
      throw errors.notFound('Product not found');
    }
    const columns = orderColumns(scope, input, quote, idempotencyKey);
    try {
      const placed = placer ? null : await this.placeInOneStatement(columns, quote, supplier);
      return placed ?? (await this.placeInTransaction(scope, columns, quote, supplier, placer));
    } catch (error) {
      if (isUniqueViolation(error, 'orders_client_reference')) throw duplicateReference();
      // An earlier request of the key committed its order meanwhile (its lock lapsed, or its answer was lost).
      if (isUniqueViolation(error, 'orders_idempotency_key')) throw idempotencyErrors.inProgress();
      throw error;
    }
  }

  /**
   * A small order from a supplier whose stock is rows of this database, paid without FX: created,
   * debited and delivered by one statement (`FulfilmentService.deliverNew`). Null when it does
   * not qualify or the statement could not complete it (nothing of it remains then).
   */
  private async placeInOneStatement(columns: repo.NewOrder, quote: Quote, supplier: Supplier): Promise<OrderWithVouchers | null> {
    if (quote.quantity > SYNC_MAX_QUANTITY || !supplier.takeNow || !supplier.takeInStatement) return null;
    if (quote.fx || columns.total_payable <= 0n) return null;
    // created_at is the database's, returned by the statement (and written into the event by it).
    const order = pendingOrder(await nextId(this.deps.db, 'orders'), columns, quote, new Date());
    const debit = orderDebit(order, quote);
    if (!isKnownWalletMovement(debit)) return null;
    const delivered = await this.deps.fulfilment.deliverNew(order, columns, supplier as StatementSupplier, debit);
    return delivered && { ...orderView(delivered.order), vouchers: delivered.vouchers };
  }

  /**
   * One database transaction creates the order, debits the wallet and then, for a small order
   * from a supplier that issues in this database, delivers it; otherwise reserves the vouchers
   * and queues the delivery job (run here for a small order, by the background worker for a
   * larger one). A duplicate client_reference or Idempotency-Key fails on the order's insert.
   */
  private async placeInTransaction(
    scope: ClientScope,
    columns: repo.NewOrder,
    quote: Quote,
    supplier: Supplier,
    placer?: OrderPlacer,
  ): Promise<OrderWithVouchers> {
    const { fulfilment } = this.deps;
    const sync = quote.quantity <= SYNC_MAX_QUANTITY;
    const inline = sync && supplier.takeNow ? (supplier as InlineSupplier) : null;
    const placed = await this.deps.db.transaction().execute(async (trx) => {
      // The wallet before the order's unique keys, as in `insertDeliveredOrder` (delivery.ts; no deadlock between the two).
      if (columns.total_payable > 0n) await lockWallet(trx, columns.wallet_id);
      const { id, created_at } = await repo.insertOrder(trx, columns);
      const order = pendingOrder(id, columns, quote, created_at);
      if (placer) await recordPlacement(trx, placer, order);
      const transactionId = columns.total_payable > 0n ? (await debitWallet(trx, orderDebit(order, quote, placer?.actor))).id : null;
      if (inline) {
        const delivery = await fulfilment.deliverInTransaction(trx, { ...order, transaction_id: transactionId }, inline);
        if (!delivery) throw outOfStock();
        return { orderId: id, delivered: { ...orderView(delivery.order), vouchers: delivery.vouchers } };
      }
      if (transactionId !== null) await repo.setDebitTransaction(trx, id, transactionId);
      const reserved = await supplier.reserve(trx, {
        orderId: id,
        productId: order.product_id,
        denomination: quote.denomination,
        quantity: quote.quantity,
      });
      if (reserved < quote.quantity) throw outOfStock();
      await repo.insertJob(trx, id, sync ? { workerId: fulfilment.workerId, ms: fulfilment.leaseMs } : null);
      return { orderId: id, delivered: null };
    });

    if (placed.delivered) return placed.delivered;
    if (sync) await fulfilment.deliver(placed.orderId);
    else fulfilment.wake();
    return this.getClientOrder(scope, placed.orderId);
  }

  /** The order with its vouchers, decrypted (api.md 6.4): only for its own client. */
  async getClientOrder(scope: ClientScope, orderId: number): Promise<OrderWithVouchers> {
    const order = await this.clientOrder(scope, orderId);
    const vouchers = await this.vouchersOf(order);
    return { ...orderView(order), vouchers };
  }

  /** The order without its vouchers, nothing decrypted: the client portal shows codes only through a reveal. */
  async getClientOrderSummary(scope: ClientScope, orderId: number): Promise<OrderView> {
    return orderView(await this.clientOrder(scope, orderId));
  }

  /**
   * What happened to an order of the client, as the operator's timeline tells it but without the
   * store's side (`TimelineAudience`); 404 for any other client's order.
   */
  async getClientOrderTimeline(scope: ClientScope, orderId: number): Promise<{ order_id: number; entries: TimelineEntry[] }> {
    const order = await this.clientOrder(scope, orderId);
    return { order_id: orderId, entries: await orderTimeline(this.deps.db, order, 'client') };
  }

  private async clientOrder(scope: ClientScope, orderId: number): Promise<OrderRecord> {
    const order = await repo.findClientOrder(this.deps.db, scope, orderId);
    if (!order) throw errors.notFound(ORDER_NOT_FOUND);
    return order;
  }

  async listClientOrders(scope: ClientScope, filter: OrderFilter, request: OrderListRequest): Promise<{ items: OrderView[]; meta: PageMeta }> {
    const { items, meta } = await this.list({ ...filter, clientId: scope.clientId }, request, repo.findOrdersByIds);
    return { items: items.map((order) => orderView(order)), meta };
  }

  private async vouchersOf(order: OrderRecord): Promise<IssuedVoucher[]> {
    if (order.delivered_quantity === 0) return [];
    const payloads = await repo.listVoucherPayloads(this.deps.db, order.id);
    return payloads.map((payload) => this.deps.cipher.open(payload));
  }

  /**
   * A page of the orders of `filter` (docs/reference/pagination.md, "What a list costs"); `read`
   * reads the page's orders in one statement (the client's, or the operator's with client names).
   */
  private async list<R extends OrderRecord>(
    filter: OperatorOrderFilter,
    request: OrderListRequest,
    read: (db: Executor, ids: number[]) => Promise<R[]>,
  ): Promise<{ items: R[]; meta: PageMeta }> {
    const { listed, records } = await readList(this.deps.db, async (trx) => {
      const listed = await readOrderPage(trx, { filter, sort: request.sort, offset: request.offset, limit: request.limit, after: request.after });
      return {
        listed,
        records: await read(
          trx,
          listed.rows.map((row) => row.id),
        ),
      };
    });
    const byId = new Map(records.map((order) => [order.id, order]));
    const items = listed.rows.map((row) => byId.get(row.id)!);
    const last = listed.rows.at(-1);
    const next = last && { key: request.sort.field === 'id' ? null : last.k, id: last.id };
    return { items, meta: listPageMeta(request, listed, items.length, next) };
  }

  // ---- operator ---------------------------------------------------------------------------------

  /** The operator's order tools acting as `actor` (audit log, ledger): the local CLI. */
  administration(actor: string): OrderAdministration {
    return {
      listOrders: (filter, request) => this.listOrders(filter, request),
      getOrder: (orderId) => this.getOrder(orderId),
      cancelOrder: (orderId, remarks) => this.cancelOrder(orderId, actor, remarks),
    };
  }

  async listOrders(filter: OperatorOrderFilter, request: OrderListRequest): Promise<{ items: AdminOrderView[]; meta: PageMeta }> {
    const { items, meta } = await this.list(filter, request, repo.findOperatorOrdersByIds);
    return { items: items.map(adminOrderView), meta };
  }

  /** The order for the operator: never its codes. */
  async getOrder(orderId: number): Promise<AdminOrderView> {
    return adminOrderView(await this.operatorOrder(orderId));
  }

  private async operatorOrder(orderId: number): Promise<OperatorOrderRecord> {
    const order = await repo.findOrderForOperator(this.deps.db, orderId);
    if (!order) throw errors.notFound(ORDER_NOT_FOUND);
    return order;
  }

  /** The order and what happened to it, in order (never its codes). */
  async getOrderTimeline(orderId: number): Promise<{ order: AdminOrderView; entries: TimelineEntry[] }> {
    const order = await this.operatorOrder(orderId);
    return { order: adminOrderView(order), entries: await orderTimeline(this.deps.db, order) };
  }

  /**
   * Operator cancel (api.md 6.3): only before anything was delivered; refunds in full, returns
   * the reserved vouchers to stock, stops the job, records `order.cancelled`, all in one
   * transaction that holds the order row, so a delivery step cannot run at the same time.
   */
  async cancelOrder(orderId: number, actor: string, remarks?: string): Promise<AdminOrderView> {
    await this.deps.db.transaction().execute(async (trx) => {
      const order = await repo.lockOrder(trx, orderId);
      if (!order) throw errors.notFound(ORDER_NOT_FOUND);
      if (order.status !== 'PENDING' || order.delivered_quantity > 0) {
        throw errors.badRequest(
          order.status === 'PENDING'
            ? 'Order cannot be cancelled: vouchers have already been delivered'
            : `Order cannot be cancelled: it is ${order.status}`,
        );
      }
      await recordDelivery(trx, order, { kind: 'cancelled', actor, remarks: remarks?.trim() || null });
      await this.deps.suppliers.get(order.supplier)?.release(trx, order.id);
      await repo.deleteJob(trx, order.id);
      await recordAudit(trx, { actor, action: 'order.cancel', target: `order:${order.id}`, details: { remarks: remarks ?? null } });
    });
    return this.getOrder(orderId);
  }

  /**
   * Operator retry of the undelivered units of an order that ended FAILED or PARTIALLY_DELIVERED
   * (docs/orders.md): charged again what was refunded for them, delivered like a new order's
   * (before the answer up to SYNC_MAX_QUANTITY units, else by the worker); refused (409) for any
   * other order, a concurrent retry's included.
   */
  async retryOrder(orderId: number, actor: string): Promise<AdminOrderView> {
    await retryUndelivered(this.deps, orderId, actor, SYNC_MAX_QUANTITY);
    return this.getOrder(orderId);
  }
}
