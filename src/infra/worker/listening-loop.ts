import type { DatabaseHandle } from '../db/database.ts';
import { PollLoop, type PollLoopOptions } from './poll-loop.ts';

export interface ListeningPollLoopOptions extends PollLoopOptions {
  /** Where to LISTEN; a notification counts only when its payload is this handle's schema. */
  database: Pick<DatabaseHandle, 'listen' | 'schema'>;
  channel: string;
  /** Runs at every wake (a NOTIFY of this schema, a reconnect of the listener, `wake()`), before the loop is woken. */
  onWake?: () => void;
}

/**
 * A `PollLoop` woken by `NOTIFY`: `start()` LISTENs on the channel, then starts the rounds; a
 * notification whose payload is this store's schema (other schemas may share the database) and
 * a reconnect of the listener (notifications may have been missed) start the next round at once.
 * Without a LISTEN (it failed) the loop still runs, every `idleDelayMs`. `stop()` UNLISTENs, then
 * waits for the round in progress; a stop while the LISTEN is being set up waits for it, gives it
 * back and starts no round.
 */
export class ListeningPollLoop {
  private readonly loop: PollLoop;
  /** What start() and stop() last asked for; the steps below run one after the other and read it. */
  private wanted = false;
  private steps: Promise<void> = Promise.resolve();
  private unlisten: (() => Promise<void>) | null = null;

  constructor(private readonly options: ListeningPollLoopOptions) {
    this.loop = new PollLoop(options);
  }

  /** Resolves once the LISTEN is set up (or has failed) and the first round has begun (none if stop() came meanwhile). */
  start(): Promise<void> {
    if (this.wanted) return this.steps;
    this.wanted = true;
    return this.queue(() => this.subscribe());
  }

  /** Starts the next round now instead of after the pause. */
  wake(): void {
    this.options.onWake?.();
    this.loop.wake();
  }

  /** Resolves once nothing listens any more and the round in progress has ended. */
  stop(): Promise<void> {
    if (!this.wanted) return this.steps;
    this.wanted = false;
    return this.queue(() => this.unsubscribe());
  }

  private queue(step: () => Promise<void>): Promise<void> {
    this.steps = this.steps.then(step);
    return this.steps;
  }

  private async subscribe(): Promise<void> {
    if (!this.wanted) return;
    const { database, channel, log, name } = this.options;
    try {
      this.unlisten = await database.listen(
        channel,
        (payload) => {
          if (payload === database.schema) this.wake();
        },
        () => this.wake(),
      );
    } catch (error) {
      log.warn({ err: error, worker: name, channel, idleDelayMs: this.options.idleDelayMs }, 'worker could not LISTEN; polling only');
    }
    // Stopped while the LISTEN was being set up: the stop queued behind this step gives it back.
    if (!this.wanted) return;
    this.loop.start();
  }

  private async unsubscribe(): Promise<void> {
    const unlisten = this.unlisten;
    this.unlisten = null;
    try {
      await unlisten?.();
    } catch (error) {
      this.options.log.warn({ err: error, worker: this.options.name, channel: this.options.channel }, 'worker could not UNLISTEN');
    }
    await this.loop.stop();
  }
}
