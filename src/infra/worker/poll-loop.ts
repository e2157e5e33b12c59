import type { FastifyBaseLogger } from 'fastify';

export interface PollLoopOptions {
  /** For the log: `fulfilment`, `webhooks`, … */
  name: string;
  /** Waits this long after a round that found nothing to do (or failed). */
  idleDelayMs: number;
  log: FastifyBaseLogger;
  /** One round of work; returns how many items it handled (> 0: the next round starts at once). */
  runOnce: () => Promise<number>;
}

/**
 * A background worker's loop: rounds of `runOnce`, back to back while there is work, a pause
 * when there is none, `wake()` to cut the pause short (new work in this process), and `stop()`
 * that waits for the round in progress. Durable state lives in the database; the loop only
 * decides when to look.
 */
export class PollLoop {
  private running = false;
  private current: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private wakeUp: (() => void) | null = null;
  /** A wake() that came while a round was running: the next pause is skipped. */
  private woken = false;

  constructor(private readonly options: PollLoopOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.current = this.loop();
  }

  /** Starts the next round now instead of after the pause. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.current;
    this.current = null;
  }

  private async loop(): Promise<void> {
    while (this.running) {
      let handled = 0;
      try {
        handled = await this.options.runOnce();
      } catch (error) {
        this.options.log.error({ err: error, worker: this.options.name }, 'worker round failed');
      }
      if (!this.running) break;
      if (handled > 0 || this.woken) {
        this.woken = false;
        continue;
      }
      await new Promise<void>((resolve) => {
        this.wakeUp = resolve;
        this.timer = setTimeout(resolve, this.options.idleDelayMs);
      });
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      this.wakeUp = null;
      this.woken = false;
    }
  }
}
