/**
 * Where rules that depend on time (webhook retry schedules, failure windows, retention) read
 * the time, so tests can move it forward instead of waiting days.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * The real time plus an offset that only grows (`advance(ms)`): time keeps running, so rows
 * the database stamps with its own `now()` stay in step, and a test can jump days ahead.
 */
export class TestClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): Date {
    if (ms < 0) throw new RangeError('TestClock only moves forward');
    this.offsetMs += ms;
    return this.now();
  }
}
