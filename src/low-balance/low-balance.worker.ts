import type { FastifyBaseLogger } from 'fastify';
import type { DatabaseHandle } from '../infra/db/database.ts';
import { PollLoop } from '../infra/worker/poll-loop.ts';
import { LOW_BALANCE_CHANNEL } from './low-balance.repository.ts';
import type { LowBalanceAlerts } from './low-balance.service.ts';

/**
 * Runs the low-balance sweep of this process (popup-store serve): at once when the wallets
 * trigger NOTIFYs (a movement left a wallet below its threshold), and every `intervalMs` anyway,
 * which also sends the alerts a stopped process missed and those the 24-hour rule held back.
 */
export class LowBalanceWorker {
  private readonly loop: PollLoop;
  private unlisten: (() => Promise<void>) | null = null;
  private started = false;

  constructor(private readonly options: { alerts: LowBalanceAlerts; database: DatabaseHandle; log: FastifyBaseLogger; intervalMs?: number }) {
    this.loop = new PollLoop({
      name: 'low-balance',
      idleDelayMs: options.intervalMs ?? 60_000,
      log: options.log,
      runOnce: () => options.alerts.sweep(),
    });
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const schema = this.options.database.schema;
    this.options.alerts.wake = () => this.loop.wake();
    try {
      this.unlisten = await this.options.database.listen(
        LOW_BALANCE_CHANNEL,
        (payload) => {
          if (payload === schema) this.loop.wake();
        },
        () => this.loop.wake(),
      );
    } catch (error) {
      this.options.log.warn({ err: error }, 'low-balance worker could not LISTEN; sweeping every minute only');
    }
    // Stopped while the LISTEN was being set up (a store closed as soon as it started).
    if (!this.started) {
      await this.stopListening();
      return;
    }
    this.loop.start();
  }

  private async stopListening(): Promise<void> {
    const unlisten = this.unlisten;
    this.unlisten = null;
    await unlisten?.().catch((error: unknown) => this.options.log.warn({ err: error }, 'low-balance worker could not UNLISTEN'));
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    this.options.alerts.wake = null;
    await this.stopListening();
    await this.loop.stop();
  }
}
