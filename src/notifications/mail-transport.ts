import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { NodemailerError } from 'nodemailer';
import type { SmtpUrl } from './smtp-url.ts';

export interface MailMessage {
  /** Stable for one notice: its file name in the mail folder. */
  key: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  /** `<…@domain>`, stable for one notice, so a receiver can tell a repeated send. */
  messageId: string;
}

/** Why a send failed; `permanent`: the server refused this message for good (retrying gets the same answer). */
export class MailSendError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/** Where notices go: an SMTP server, or a folder of .eml files. */
export interface MailTransport {
  /** For logs: the SMTP URL without its password, or the folder. */
  readonly target: string;
  /** Throws MailSendError; `signal` cuts an SMTP send short (shutdown, timeout). */
  send(message: MailMessage, signal: AbortSignal): Promise<void>;
  close(): Promise<void>;
}

export interface MailConfig {
  /** SMTP_URL; null: every message is written as an .eml file into `dir`. */
  smtpUrl: SmtpUrl | null;
  /** MAIL_FROM: the From header (`Name <address>`). */
  from: string;
  /** MAIL_DIR (default DATA_DIR/outbox): where messages go without SMTP_URL. */
  dir: string;
  /** MAIL_MAX_ATTEMPTS: sending attempts before a notice is marked FAILED. */
  maxAttempts: number;
}

/** SMTP_URL when set, else the folder MAIL_DIR. */
export function createMailTransport(config: MailConfig): MailTransport {
  return config.smtpUrl ? new SmtpMailTransport(config.smtpUrl) : new FolderMailTransport(config.dir);
}

const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000, dnsTimeout: 10_000 };
const MAX_ERROR_LENGTH = 500;

// nodemailer is loaded with the first notice (a transport is made at every start, a notice is rare).
async function smtpPool(url: SmtpUrl) {
  const { createTransport } = await import('nodemailer');
  return createTransport({ url: url.withCredentials(), pool: true, maxConnections: 2, ...SMTP_TIMEOUTS });
}

async function emlComposer() {
  const { createTransport } = await import('nodemailer');
  return createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
}

/**
 * Sends through an SMTP server (a small connection pool, kept open between notices). Error
 * texts are scrubbed of the password before anyone sees them; nodemailer's own logger is off.
 */
export class SmtpMailTransport implements MailTransport {
  readonly target: string;
  private transporter: ReturnType<typeof smtpPool> | null = null;

  constructor(private readonly url: SmtpUrl) {
    this.target = url.redacted;
  }

  async send(message: MailMessage, signal: AbortSignal): Promise<void> {
    const { key: _key, ...mail } = message;
    try {
      await (await (this.transporter ??= smtpPool(this.url))).sendMail({ ...mail, signal });
    } catch (error) {
      const failure = error as NodemailerError & { permanent?: boolean };
      const text = this.url.scrub(`${failure.code ?? 'ERROR'}: ${failure.message}`).slice(0, MAX_ERROR_LENGTH);
      // A refused recipient or message is final; anything else (connection, login, 4xx) may pass later.
      const refused = failure.permanent === true && (failure.code === 'EENVELOPE' || failure.code === 'EMESSAGE');
      throw new MailSendError(text, refused);
    }
  }

  async close(): Promise<void> {
    if (this.transporter) (await this.transporter).close();
  }
}

/**
 * Writes each message as `<key>.eml` into a folder (the default: nothing to set up, and an
 * operator can open the files). Written to a temporary name and renamed, so a reader never sees
 * half a message, and a notice sent twice replaces its own file.
 */
export class FolderMailTransport implements MailTransport {
  readonly target: string;
  private composer: ReturnType<typeof emlComposer> | null = null;

  constructor(private readonly dir: string) {
    this.target = dir;
  }

  async send(message: MailMessage): Promise<void> {
    const { key, ...mail } = message;
    const file = path.join(this.dir, `${key}.eml`);
    const temporary = path.join(this.dir, `.${key}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const { message: raw } = await (await (this.composer ??= emlComposer())).sendMail(mail);
      await mkdir(this.dir, { recursive: true, mode: 0o700 });
      await writeFile(temporary, raw as Buffer, { mode: 0o600 });
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw new MailSendError(`${(error as NodeJS.ErrnoException).code ?? 'ERROR'}: ${(error as Error).message}`.slice(0, MAX_ERROR_LENGTH), false);
    }
  }

  async close(): Promise<void> {}
}
