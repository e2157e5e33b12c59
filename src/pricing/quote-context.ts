import type { Kysely } from 'kysely';
import type { ClientScope } from '../auth/client-scope.ts';
import { MAX_ORDER_QUANTITY } from '../suppliers/supplier.ts';
import { invalidateOnBus, KeyedCache } from '../infra/cache.ts';
import type { Database } from '../infra/db/schema.ts';
import type { InvalidationBus } from '../infra/invalidation/bus.ts';
import { listClientWallets, type WalletRecord } from '../ledger/ledger.repository.ts';
import { parseDecimal, type Decimal } from '../money/decimal.ts';
import { findTaxRate, listLimits } from './client-terms.repository.ts';

/** The bus topic naming a client whose terms changed (key: the client id). */
export const CLIENT_TERMS_TOPIC = 'client-terms';

/** A wallet as a quote needs it: what never changes after creation (not the balance). */
export type QuoteWalletRecord = Omit<WalletRecord, 'balance'>;

/** What a quote reads of a client besides the catalog: its terms and its wallets. */
export interface ClientQuoteContext {
  taxRate: Decimal;
  /** Per product: the most vouchers one order may ask for (absent: MAX_ORDER_QUANTITY). */
  limits: ReadonlyMap<number, number>;
  wallets: readonly QuoteWalletRecord[];
}

const ZERO: Decimal = { units: 0n, scale: 0 };

/**
 * The quote context of each client, cached per process like the client's catalog pricing:
 * loaded on first use, dropped in every process when the operator changes the client's terms
 * (`publishClientTermsChange`). Wallets are only ever added and never change after creation
 * (their balance is not part of this: the debit checks it in the database), so a quote that does
 * not find its wallet reads the context anew (`reload`) instead of waiting for a notice.
 */
export class QuoteContextCache {
  private readonly cache: KeyedCache<number, ClientQuoteContext>;

  constructor(
    private readonly db: Kysely<Database>,
    bus: Pick<InvalidationBus, 'subscribe'>,
  ) {
    // Entries are loaded by `get` with the client's scope, never by key alone.
    this.cache = new KeyedCache(() => Promise.reject(new Error('a quote context is loaded with its ClientScope')));
    invalidateOnBus(this.cache, bus, CLIENT_TERMS_TOPIC, Number);
  }

  get(scope: ClientScope): Promise<ClientQuoteContext> {
    return this.cache.get(scope.clientId, () => loadContext(this.db, scope));
  }

  /** The context read anew: a wallet missing from the cached one may have been created a moment ago. */
  reload(scope: ClientScope): Promise<ClientQuoteContext> {
    this.cache.invalidate(scope.clientId);
    return this.get(scope);
  }
}

/** Tells every process that the client's terms changed (after the change committed). */
export function publishClientTermsChange(bus: Pick<InvalidationBus, 'publish'>, clientId: number): Promise<void> {
  return bus.publish(CLIENT_TERMS_TOPIC, String(clientId));
}

/** The client's limit for the product, the default applied; never above MAX_ORDER_QUANTITY. */
export function maxQuantityOf(context: ClientQuoteContext, productId: number): number {
  return Math.min(context.limits.get(productId) ?? MAX_ORDER_QUANTITY, MAX_ORDER_QUANTITY);
}

async function loadContext(db: Kysely<Database>, scope: ClientScope): Promise<ClientQuoteContext> {
  const { clientId } = scope;
  const [taxRate, limits, wallets] = await Promise.all([findTaxRate(db, clientId), listLimits(db, clientId), listClientWallets(db, scope, {})]);
  return {
    taxRate: taxRate === null ? ZERO : parseDecimal(taxRate)!,
    limits: new Map(limits.map((limit) => [limit.product_id, limit.max_quantity])),
    wallets: wallets.map(({ balance: _balance, ...wallet }) => wallet),
  };
}
