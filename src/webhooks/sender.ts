import type { Agent } from 'undici';
import { checkUrl, guardedLookup, TargetRefusedError, type TargetPolicy } from './target-policy.ts';

/** What one HTTP attempt came to; `error` is safe to show the client (no addresses, no secrets). */
export interface AttemptOutcome {
  success: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** Cut short by the store shutting down: not an attempt, nothing is recorded. */
  aborted?: boolean;
}

export interface SenderOptions {
  policy: TargetPolicy;
  /** The whole attempt — DNS, connect, TLS, request, response headers and body (api.md 7: 10 s). */
  timeoutMs?: number;
  userAgent: string;
}

/** How much of a receiver's response body is read (then dropped) before giving the connection back. */
const MAX_RESPONSE_BYTES = 64 * 1024;

const ERROR_TEXT: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ENOTFOUND: 'host could not be resolved',
  EAI_AGAIN: 'host could not be resolved',
  UND_ERR_SOCKET: 'connection closed by the receiver',
  UND_ERR_CONNECT_TIMEOUT: 'timed out connecting',
  UND_ERR_HEADERS_TIMEOUT: 'timed out',
  UND_ERR_BODY_TIMEOUT: 'timed out',
};

function describeError(error: unknown, timeoutMs: number): string {
  let current = error as { name?: string; code?: string; message?: string; cause?: unknown } | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof TargetRefusedError) return `refused: host ${current.message}`;
    if (current.name === 'TimeoutError' || current.code === 'UND_ERR_HEADERS_TIMEOUT' || current.code === 'UND_ERR_BODY_TIMEOUT') {
      return `timed out after ${timeoutMs / 1000} s`;
    }
    if (current.code && ERROR_TEXT[current.code]) return ERROR_TEXT[current.code]!;
    if (current.code?.startsWith('ERR_TLS') || /CERT|SSL|TLS/.test(current.code ?? '')) return `TLS error (${current.code})`;
    current = current.cause as typeof current;
  }
  const code = (error as { code?: string }).code;
  return code ? `connection error (${code})` : 'connection error';
}

/**
 * Sends webhook requests with undici: one POST, no redirect followed (a 3xx is a failure), a
 * deadline over the whole attempt, connections only to addresses the target policy allows.
 */
export class WebhookSender {
  /** undici and the connection pool, made at the first attempt: most starts send no webhook before /status answers. */
  private client: Promise<{ agent: Agent; request: typeof import('undici').request }> | null = null;
  readonly timeoutMs: number;

  constructor(private readonly options: SenderOptions) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  private connect() {
    this.client ??= import('undici').then(({ Agent, request }) => ({
      agent: new Agent({
        connect: { lookup: guardedLookup(this.options.policy), timeout: this.timeoutMs },
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
        keepAliveTimeout: 4_000,
        connections: 64,
      }),
      request,
    }));
    return this.client;
  }

  /** One attempt; never throws. `signal` aborts it (shutdown): the outcome says `aborted`. */
  async send(url: string, headers: Record<string, string>, body: string, signal?: AbortSignal): Promise<AttemptOutcome> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    let target: URL;
    try {
      target = checkUrl(url, this.options.policy);
    } catch (error) {
      const reason = error instanceof TargetRefusedError ? error.message : 'invalid URL';
      return { success: false, statusCode: null, error: `refused: URL ${reason}`, durationMs: 0 };
    }
    // undici is loaded before the deadline starts: the deadline is the receiver's.
    let client: Awaited<ReturnType<WebhookSender['connect']>>;
    try {
      client = await this.connect();
    } catch (error) {
      return { success: false, statusCode: null, error: describeError(error, this.timeoutMs), durationMs: elapsed() };
    }
    const { agent, request } = client;
    const deadline = AbortSignal.timeout(this.timeoutMs);
    try {
      const response = await request(target, {
        method: 'POST',
        dispatcher: agent,
        headers: { 'content-type': 'application/json', 'user-agent': this.options.userAgent, ...headers },
        body,
        signal: signal ? AbortSignal.any([deadline, signal]) : deadline,
        maxRedirections: 0,
      });
      try {
        await response.body.dump({ limit: MAX_RESPONSE_BYTES });
      } catch {
        // the status is what counts; a body cut short changes nothing
      }
      const { statusCode } = response;
      if (statusCode >= 200 && statusCode < 300) return { success: true, statusCode, error: null, durationMs: elapsed() };
      const error = statusCode >= 300 && statusCode < 400 ? `redirect not followed (HTTP ${statusCode})` : `HTTP ${statusCode}`;
      return { success: false, statusCode, error, durationMs: elapsed() };
    } catch (error) {
      if (signal?.aborted && !deadline.aborted) return { success: false, statusCode: null, error: 'aborted', durationMs: elapsed(), aborted: true };
      return { success: false, statusCode: null, error: describeError(error, this.timeoutMs), durationMs: elapsed() };
    }
  }

  async close(): Promise<void> {
    if (this.client) await (await this.client).agent.close();
  }
}
