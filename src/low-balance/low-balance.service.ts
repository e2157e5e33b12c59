import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { ClientScope } from '../auth/client-scope.ts';
import { recordEvent } from '../events/events.repository.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Clock } from '../infra/clock.ts';
import type { Database } from '../infra/db/schema.ts';
import { formatMinor, minorToNumber, parseAmount } from '../money/minor-units.ts';
import { queueEmail } from '../notifications/outbox.repository.ts';
import { toRfc3339 } from '../shared/dates.ts';
import { errors } from '../shared/errors.ts';
import * as repo from './low-balance.repository.ts';
import type { ThresholdRow } from './low-balance.repository.ts';

export const WALLET_NOT_FOUND = 'Wallet not found';

/** A wallet's low-balance alert as the portal and the operator see it. */
export interface LowBalanceView {
  wallet_id: number;
  currency: string;
  balance: number;
  /** null: no alert. */
  threshold: number | null;
  /** The balance is below the threshold. */
  below: boolean;
  /** When the last alert went out (at most one per 24 hours). */
  alerted_at: string | null;
}

export function lowBalanceView(row: ThresholdRow): LowBalanceView {
  const money = (minor: bigint) => minorToNumber(minor, row.minor_units);
  return {
    wallet_id: row.id,
    currency: row.currency_code,
    balance: money(row.balance),
    threshold: row.low_balance_threshold === null ? null : money(row.low_balance_threshold),
    below: row.low_balance_threshold !== null && row.balance < row.low_balance_threshold,
    alerted_at: row.low_balance_alerted_at ? toRfc3339(row.low_balance_alerted_at) : null,
  };
}

export interface LowBalanceDeps {
  db: Kysely<Database>;
  clock: Clock;
  log: FastifyBaseLogger;
  /** PUBLIC_URL: the e-mail links the portal's home. */
  publicUrl: string | null;
  /** Called after alerts were queued (the mailer's wake). */
  onQueued?: () => void;
}

/** Who sets a threshold, for the audit log. */
export interface ThresholdSetter {
  actor: string;
  /** The audit action: `portal.wallet.low_balance` (a client's user) or `wallet.low_balance` (an operator). */
  action: string;
  details?: Record<string, unknown>;
}

/**
 * Low-balance alerts (docs/low-balance.md): a threshold per wallet, set by the client's owners,
 * admins and finance users in the portal or by the operator; a wallet found below it, armed and
 * not alerted in the last 24 hours gets one alert: a `wallet.low_balance` event (delivered to
 * subscribed webhooks) and an e-mail to each owner and finance user of the client, written in the
 * transaction of the conditional UPDATE that claims the alert, so an alert is sent once however
 * many sweeps run, and a crash before it only delays it to the next sweep.
 */
export class LowBalanceAlerts {
  constructor(private readonly deps: LowBalanceDeps) {}

  /** The client's wallets with their thresholds. */
  async clientThresholds(scope: ClientScope): Promise<LowBalanceView[]> {
    return (await repo.listClientThresholds(this.deps.db, scope.clientId)).map(lowBalanceView);
  }

  /** The portal's change: the client's wallet only (another client's: 404 as for none). */
  setClientThreshold(scope: ClientScope, walletId: number, threshold: unknown, by: ThresholdSetter): Promise<LowBalanceView> {
    return this.set(walletId, threshold, by, scope.clientId);
  }

  /** The operator's change, of any wallet. */
  setThreshold(walletId: number, threshold: unknown, by: ThresholdSetter): Promise<LowBalanceView> {
    return this.set(walletId, threshold, by);
  }

  /** Every wallet's threshold of a client, for the operator (404 Client not found). */
  async thresholdsOfClient(clientId: number): Promise<LowBalanceView[]> {
    const client = await this.deps.db.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst();
    if (!client) throw errors.notFound('Client not found');
    return (await repo.listClientThresholds(this.deps.db, clientId)).map(lowBalanceView);
  }

  private async set(walletId: number, input: unknown, by: ThresholdSetter, clientId?: number): Promise<LowBalanceView> {
    const view = await this.deps.db.transaction().execute(async (trx) => {
      const wallet = await repo.findWalletForUpdate(trx, walletId, clientId);
      if (!wallet) throw errors.notFound(WALLET_NOT_FOUND);
      const threshold =
        input === null
          ? null
          : parseAmount(input, { code: wallet.currency_code, minor_units: wallet.minor_units }, { field: 'threshold', allowZero: true });
      await repo.setThreshold(trx, walletId, threshold);
      const before = lowBalanceView(wallet).threshold;
      const after = lowBalanceView({ ...wallet, low_balance_threshold: threshold, low_balance_alerted: false });
      await recordAudit(trx, {
        actor: by.actor,
        action: by.action,
        target: `wallet:${walletId}`,
        details: { ...by.details, currency: wallet.currency_code, before, after: after.threshold },
      });
      return after;
    });
    // A threshold above the balance alerts at once (the next sweep); no need to wait for a debit.
    if (view.below) this.wake?.();
    return view;
  }

  /** Set by the worker: runs a sweep soon. */
  wake: (() => void) | null = null;

  /** Alerts every wallet whose alert is due; returns how many were alerted. */
  async sweep(limit = 100): Promise<number> {
    const now = this.deps.clock.now();
    let alerted = 0;
    for (const walletId of await repo.dueWalletIds(this.deps.db, now, limit)) {
      if (await this.alert(walletId, now)) alerted++;
    }
    if (alerted > 0) this.deps.onQueued?.();
    return alerted;
  }

  private alert(walletId: number, now: Date): Promise<boolean> {
    return this.deps.db.transaction().execute(async (trx) => {
      const wallet = await repo.claimAlert(trx, walletId, now);
      if (!wallet) return false;
      const view = lowBalanceView(wallet);
      await recordEvent(trx, {
        clientId: wallet.client_id,
        type: 'wallet.low_balance',
        data: { wallet_id: view.wallet_id, currency: view.currency, balance: view.balance, threshold: view.threshold },
      });
      const recipients = await repo.alertRecipients(trx, wallet.client_id);
      for (const recipient of recipients) {
        await queueEmail(trx, { recipient: recipient.email, ...this.message(wallet, recipient.client_name), sealed: false });
      }
      this.deps.log.info({ walletId, clientId: wallet.client_id, recipients: recipients.length }, 'low-balance alert sent');
      return true;
    });
  }

  private message(wallet: ThresholdRow, clientName: string): { subject: string; body: string } {
    const amount = (minor: bigint) => `${formatMinor(minor, wallet.minor_units)} ${wallet.currency_code}`;
    const balance = amount(wallet.balance);
    const threshold = amount(wallet.low_balance_threshold!);
    const home = this.deps.publicUrl ? `\n\nSee your balances: ${this.deps.publicUrl}/portal\n` : '\n';
    return {
      subject: `Low balance: the ${wallet.currency_code} wallet of ${clientName} is at ${balance}`,
      body:
        `The ${wallet.currency_code} wallet of ${clientName} on Popup Reward Store is at ${balance}, below its alert threshold of ${threshold}.\n\n` +
        'Top it up to keep orders going. You get this message at most once a day per wallet, and again only after the balance has been ' +
        `back at the threshold or above.${home}\n-- \nPopup Reward Store\n`,
    };
  }
}
