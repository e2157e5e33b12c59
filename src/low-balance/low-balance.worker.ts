import type { FastifyBaseLogger } from 'fastify';
import type { DatabaseHandle } from '../infra/db/database.ts';
import { ListeningPollLoop } from '../infra/worker/listening-loop.ts';
import { LOW_BALANCE_CHANNEL } from './low-balance.repository.ts';
import type { LowBalanceAlerts } from './low-balance.service.ts';

/**
 * Runs the low-balance sweep of this process (popup-store serve): at once when the wallets
 * trigger NOTIFYs (a movement left a wallet below its threshold), and every `intervalMs` anyway,
 * which also sends the alerts a stopped process missed and those the 24-hour rule held back.
 */
export class LowBalanceWorker {
  private readonly loop: ListeningPollLoop;

  constructor(private readonly options: { alerts: LowBalanceAlerts; database: DatabaseHandle; log: FastifyBaseLogger; intervalMs?: number }) {
    this.loop = new ListeningPollLoop({
      name: 'low-balance',
      idleDelayMs: options.intervalMs ?? 60_000,
      log: options.log,
      runOnce: () => options.alerts.sweep(),
      database: options.database,
      channel: LOW_BALANCE_CHANNEL,
    });
  }

  async start(): Promise<void> {
    this.options.alerts.wake = () => this.loop.wake();
    await this.loop.start();
  }

  async stop(): Promise<void> {
    this.options.alerts.wake = null;
    await this.loop.stop();
  }
}
