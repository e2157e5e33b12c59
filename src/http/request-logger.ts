import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';
import type { Bindings, ChildLoggerOptions } from 'pino';

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
type Parent = FastifyBaseLogger & { isLevelEnabled(level: string): boolean };

/**
 * A request's logger (`request.log`) that makes its child of the server's logger, with the
 * request id, only when a line is written at a level the server logs: a request that logs
 * nothing (below `info`, every request that goes well) costs no child logger, which was a
 * measurable share of each request's CPU.
 */
class RequestLogger implements FastifyBaseLogger {
  private made: FastifyBaseLogger | null = null;

  constructor(
    private readonly parent: Parent,
    private readonly bindings: Bindings,
  ) {}

  private write(level: Level, line: unknown[]): void {
    if (!this.made && !this.parent.isLevelEnabled(level)) return;
    const logger = (this.made ??= this.parent.child(this.bindings));
    (logger[level] as (...line: unknown[]) => void)(...line);
  }

  get level(): string {
    return (this.made ?? this.parent).level;
  }

  set level(level: string) {
    (this.made ??= this.parent.child(this.bindings)).level = level;
  }

  fatal(...line: unknown[]): void {
    this.write('fatal', line);
  }
  error(...line: unknown[]): void {
    this.write('error', line);
  }
  warn(...line: unknown[]): void {
    this.write('warn', line);
  }
  info(...line: unknown[]): void {
    this.write('info', line);
  }
  debug(...line: unknown[]): void {
    this.write('debug', line);
  }
  trace(...line: unknown[]): void {
    this.write('trace', line);
  }
  silent(): void {}

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return (this.made ??= this.parent.child(this.bindings)).child(bindings, options);
  }
}

/**
 * Fastify's `childLoggerFactory`: request loggers made on first use. A route with a log level or
 * serializers of its own gets its child at once, as does a logger that cannot say its level.
 */
export const requestLoggerFactory: NonNullable<FastifyServerOptions['childLoggerFactory']> = (logger, bindings, options) =>
  options.level === undefined && options.serializers === undefined && typeof (logger as Partial<Parent>).isLevelEnabled === 'function'
    ? new RequestLogger(logger as Parent, bindings)
    : logger.child(bindings, options);
