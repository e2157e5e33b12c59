import { inspect } from 'node:util';

const REDACTED = '[redacted]';

/**
 * SMTP_URL (`smtp://user:pass@host:587`, `smtps://…`), held so that its password cannot leak:
 * JSON (every pino log line), `String()` and `util.inspect` give the redacted form; only
 * `withCredentials()` — for the transport — gives the whole URL.
 */
export class SmtpUrl {
  readonly #href: string;
  readonly #secrets: string[];
  /** `smtp://user:[redacted]@host:587` */
  readonly redacted: string;

  private constructor(url: URL) {
    this.#href = url.href;
    const password = url.password;
    this.#secrets = password ? [...new Set([password, safeDecode(password)])].sort((a, b) => b.length - a.length) : [];
    const user = url.username ? `${url.username}${password ? `:${REDACTED}` : ''}@` : '';
    this.redacted = `${url.protocol}//${user}${url.host}`;
  }

  /** null when `text` is not an smtp:// or smtps:// URL with a host. */
  static parse(text: string): SmtpUrl | null {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return null;
    }
    if ((url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || url.hostname === '') return null;
    return new SmtpUrl(url);
  }

  withCredentials(): string {
    return this.#href;
  }

  /** `text` (an error message from the server or the library) without the password in it. */
  scrub(text: string): string {
    return this.#secrets.reduce((scrubbed, secret) => scrubbed.split(secret).join(REDACTED), text);
  }

  toString(): string {
    return this.redacted;
  }

  toJSON(): string {
    return this.redacted;
  }

  [inspect.custom](): string {
    return `SmtpUrl(${this.redacted})`;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
