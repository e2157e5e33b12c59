import { PopupStoreError } from './errors.js';
import type { Answer, Authorizer, Transport } from './transport.js';
import type { LoginResult, ResponseOf } from './types.js';

export interface Credentials {
  username: string;
  password: string;
}

export interface SessionOptions {
  /**
   * Refresh this long before the access token expires. Default: a quarter of the token's lifetime,
   * at most 30 s. 0 refreshes only once it has expired.
   */
  refreshMarginSeconds?: number;
}

interface Tokens {
  access: string;
  refresh: string;
  /** When this process should stop using the access token (its clock, ms). */
  refreshAt: number;
  /** When the refresh token expires (this process's clock, ms). */
  refreshExpiresAt: number;
}

type AuthAnswer = Answer<ResponseOf<'/auth/login', 'post'>>;

/** A refresh token within this of its expiry is not presented: the login is made again instead. */
const REFRESH_TOKEN_SLACK_MS = 5_000;
const DEFAULT_MARGIN_MS = 30_000;

/**
 * The client's tokens: logs in on first use, refreshes before the access token expires and once
 * when the store refuses it, one login or refresh at a time (concurrent requests wait for the one
 * in flight: the store treats two refreshes with one token as theft and revokes the login).
 */
export class Session implements Authorizer {
  private tokens: Tokens | null = null;
  private inFlight: Promise<Tokens> | null = null;

  constructor(
    private readonly transport: Transport,
    private readonly credentials: Credentials,
    private readonly options: SessionOptions = {},
  ) {}

  async token(): Promise<string> {
    const tokens = this.tokens;
    if (tokens && Date.now() < tokens.refreshAt && !this.inFlight) return tokens.access;
    return (await this.renewal()).access;
  }

  async renew(rejected: string): Promise<string> {
    const tokens = this.tokens;
    // Another request already replaced the refused token: use the new one.
    if (tokens && tokens.access !== rejected && !this.inFlight) return tokens.access;
    return (await this.renewal()).access;
  }

  /** Logs in now, as a new login (otherwise the first request does), once any login or refresh in flight is over. */
  async login(): Promise<LoginResult> {
    while (this.inFlight) await this.inFlight.catch(() => undefined);
    let result: LoginResult | undefined;
    const login = this.post('/auth/login', this.credentials, 'safe').then((answer) => {
      result = answer.data.data;
      return this.accept(answer);
    });
    this.inFlight = login.finally(() => (this.inFlight = null));
    await this.inFlight;
    return result!;
  }

  /** Revokes every token of the client at the store (all its logins) and forgets this one's. */
  async logout(): Promise<void> {
    if (!this.tokens && !this.inFlight) return;
    await this.transport.send({ method: 'POST', path: '/auth/logout', retry: 'safe', authorizer: this });
    this.tokens = null;
  }

  /** The login or refresh in flight, or a new one. */
  private renewal(): Promise<Tokens> {
    if (this.inFlight) return this.inFlight;
    const current = this.tokens;
    const usable = current && Date.now() < current.refreshExpiresAt - REFRESH_TOKEN_SLACK_MS;
    this.inFlight = this.obtain(usable ? current.refresh : null).finally(() => (this.inFlight = null));
    return this.inFlight;
  }

  private async obtain(refreshToken: string | null): Promise<Tokens> {
    if (refreshToken === null) return this.accept(await this.post('/auth/login', this.credentials, 'safe'));
    let answer: AuthAnswer;
    try {
      // Never sent twice with one token: only a 429, which the store answers before reading it, is retried.
      answer = await this.post('/auth/refresh', { refresh_token: refreshToken }, 'unsafe');
    } catch (error) {
      if (error instanceof PopupStoreError && error.status === 401) {
        this.tokens = null;
        throw revoked(error);
      }
      // No answer or a 5xx: the token may be used up, so a new login rather than the same token again.
      return this.accept(await this.post('/auth/login', this.credentials, 'safe'));
    }
    return this.accept(answer);
  }

  private post(path: '/auth/login' | '/auth/refresh', body: unknown, retry: 'safe' | 'unsafe'): Promise<AuthAnswer> {
    return this.transport.send({ method: 'POST', path, body, retry });
  }

  private accept(answer: AuthAnswer): Tokens {
    const receivedAt = Date.now();
    const data = answer.data.data;
    // The store's clock may not be this one: its expiries are read against its Date header (whole
    // seconds, so a second earlier), or against this clock when the header cannot be read.
    const serverNow = Date.parse(answer.headers.get('date') ?? '');
    const offset = Number.isNaN(serverNow) ? 0 : receivedAt - serverNow - 1000;
    const accessExpiresAt = Date.parse(data.access_expires_at) + offset;
    const lifetime = accessExpiresAt - receivedAt;
    const margin =
      this.options.refreshMarginSeconds !== undefined ? this.options.refreshMarginSeconds * 1000 : Math.min(DEFAULT_MARGIN_MS, lifetime / 4);
    this.tokens = {
      access: data.access_token,
      refresh: data.refresh_token,
      refreshAt: accessExpiresAt - margin,
      refreshExpiresAt: Date.parse(data.refresh_expires_at) + offset,
    };
    return this.tokens;
  }
}

function revoked(error: PopupStoreError): PopupStoreError {
  return new PopupStoreError({
    status: 401,
    name: 'UnauthorizedError',
    code: 'SESSION_REVOKED',
    message:
      'The store refused the refresh token: this login was revoked (a refresh token used twice, a logout, ' +
      'or the client deactivated). The next request logs in again.',
    requestId: error.requestId,
    cause: error,
  });
}
