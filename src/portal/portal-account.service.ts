import type { Kysely } from 'kysely';
import type { PageMeta, PageRequest } from '../shared/pages.ts';
import { toRfc3339 } from '../shared/dates.ts';
import type { IssuedVoucher } from '../shared/voucher.ts';
import type { ClientScope } from '../auth/client-scope.ts';
import type { AuditAdministration, AuditRow } from '../audit/audit.service.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Clock } from '../infra/clock.ts';
import type { Database } from '../infra/db/schema.ts';
import type { ClientWallets } from '../ledger/wallets.service.ts';
import type { PortalOrders } from '../orders/orders.service.ts';
import { invalidPassword, type ClientUsersService } from './client-users.service.ts';

export interface PortalAccountDeps {
  db: Kysely<Database>;
  clock: Clock;
  wallets: Pick<ClientWallets, 'clientOrderSpend'>;
  orders: PortalOrders;
  users: Pick<ClientUsersService, 'passwordMatches'>;
  audit: AuditAdministration;
}

/** The user who reveals codes: its id and audit actor. */
export interface RevealingUser {
  userId: number;
  actor: string;
  email: string;
}

/**
 * What the portal reads of its client beyond the services it shares with the client API: an
 * order's voucher codes, shown only after the user's password again and audited, the month's
 * spend of the home page, and the portal's own audit trail of the client.
 */
export class PortalAccountService {
  constructor(private readonly deps: PortalAccountDeps) {}

  /**
   * The codes of an order of the session's client (404 for any other order, as on the client API),
   * if `password` is the user's (else 403 INVALID_PASSWORD, nothing audited). Audited
   * `portal.codes.reveal` on the order, with who revealed how many, before the codes are opened.
   */
  async revealCodes(
    scope: ClientScope,
    by: RevealingUser,
    orderId: number,
    password: string,
  ): Promise<{ order_id: number; vouchers: IssuedVoucher[] }> {
    const order = await this.deps.orders.getClientOrderSummary(scope, orderId);
    if (!(await this.deps.users.passwordMatches(by.userId, password))) {
      throw invalidPassword();
    }
    await recordAudit(this.deps.db, {
      actor: by.actor,
      action: 'portal.codes.reveal',
      target: `order:${order.id}`,
      details: { user_id: by.userId, email: by.email, delivered_quantity: order.delivered_quantity },
    });
    const { vouchers } = await this.deps.orders.getClientOrder(scope, orderId);
    return { order_id: order.id, vouchers };
  }

  /**
   * What the client spent on orders this calendar month (UTC), per currency: its orders' debits
   * less their refunds, from the first day of the month at 00:00 UTC.
   */
  async spendThisMonth(scope: ClientScope): Promise<{ since: string; currencies: { currency_code: string; amount: number; orders: number }[] }> {
    const now = this.deps.clock.now();
    const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    return { since: toRfc3339(since), currencies: await this.deps.wallets.clientOrderSpend(scope, since) };
  }

  /** What the client's users did in the portal (`portal.*` entries of the client), newest first; operators' own entries stay theirs. */
  auditTrail(scope: ClientScope, page: PageRequest): Promise<{ items: AuditRow[]; meta: PageMeta }> {
    return this.deps.audit.listEntries({ clientId: scope.clientId, action: { prefix: 'portal.' } }, page);
  }
}
