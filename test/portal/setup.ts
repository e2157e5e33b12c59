import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import type { Engine } from '../../src/infra/db/database.ts';
import { demoClient, placeDemoOrder, type DemoClient } from '../helpers/demo.ts';
import { startTestStore, type StoreOptions, type TestStore } from '../helpers/store.ts';
import { tempDir } from '../helpers/temp-dirs.ts';

export const ADMIN_TOKEN = 'portal-test-admin-token-0123456789abcdef';
export const PASSWORD = 'correct horse battery staple';
export const COOKIE = /^prs_portal=([A-Za-z0-9_-]{43}); HttpOnly; SameSite=Strict; Path=\/portal$/;
export const ROLES = ['owner', 'admin', 'developer', 'finance', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** A folder for the store's .eml files (MAIL_DIR). */
export function mailDir(): string {
  return path.join(tempDir('prs-portal-mail-'), 'outbox');
}

/** A portal store's environment: ADMIN_TOKEN, its e-mails as .eml files in the folder `mail` (MAIL_DIR), and `env`. */
export function portalEnv(mail: string, env: Record<string, string> = {}): Record<string, string> {
  return { ADMIN_TOKEN, MAIL_DIR: mail, ...env };
}

export interface Mail {
  file: string;
  raw: string;
  to: string;
  subject: string;
  /** The text body, quoted-printable decoded. */
  body: string;
}

/** Every .eml file of the folder, oldest first, with its To, Subject and decoded body. */
export async function readMails(dir: string): Promise<Mail[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((file) => file.endsWith('.eml')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return Promise.all(
    files.map(async (file) => {
      const raw = await readFile(path.join(dir, file), 'utf8');
      const split = raw.indexOf('\n\n');
      const headers = raw
        .slice(0, split)
        .replace(/\r/g, '')
        .replace(/\n[ \t]+/g, ' ')
        .split('\n');
      const header = (name: string) =>
        headers
          .find((line) => line.toLowerCase().startsWith(`${name}:`))
          ?.slice(name.length + 1)
          .trim() ?? '';
      let body = raw.slice(split + 2).replace(/\r/g, '');
      if (/quoted-printable/i.test(header('content-transfer-encoding'))) {
        body = body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      }
      return { file, raw, to: header('to'), subject: header('subject'), body };
    }),
  );
}

/** The token of the newest link to `page` e-mailed to `to` (the mailer runs first). */
export async function mailedToken(
  store: TestStore,
  dir: string,
  to: string,
  page: 'accept' | 'reset-password',
): Promise<{ token: string; mail: Mail }> {
  await store.container.mailer.runDue();
  const mails = (await readMails(dir)).filter((mail) => mail.to === to);
  const mail = mails.at(-1);
  assert.ok(mail, `a mail to ${to}`);
  const match = new RegExp(`/portal/${page}\\?token=([A-Za-z0-9_-]{43})`).exec(mail.body);
  assert.ok(match, `a ${page} link in ${mail.body}`);
  return { token: match[1]!, mail };
}

let counter = 0;
export const uniqueEmail = (prefix: string) => `${prefix}-${process.pid}-${++counter}@example.com`;

/** A signed-in portal user: the cookie's token and the CSRF token of its session. */
export interface Session {
  token: string;
  csrf: string;
  body: Record<string, any>;
}

export interface PortalUser {
  id: number;
  email: string;
  clientId: number;
  role: Role;
}

/** A portal user who accepted its invitation, and the session that opened. */
export interface Member extends PortalUser {
  session: Session;
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Where an unauthenticated portal request comes from (127.0.0.1 unless `ip`), and headers of its own. */
interface RequestOptions {
  ip?: string;
  headers?: Record<string, string>;
}

/** Calls of the portal and of the admin API on one store. */
export function portalApi(store: TestStore, mail: string) {
  const inject = store.app.inject.bind(store.app);
  const admin = (method: Method, url: string, payload?: object) =>
    inject({ method, url: `/admin/v1${url}`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, ...(payload ? { payload } : {}) });
  const post = (url: string, payload: object, options: RequestOptions = {}) =>
    inject({
      method: 'POST',
      url: `/portal/v1${url}`,
      remoteAddress: options.ip ?? '127.0.0.1',
      headers: { 'user-agent': 'PortalTest/1.0', ...options.headers },
      payload,
    });
  const signIn = (body: object, options: RequestOptions = {}) => post('/session', body, options);
  const sessionOf = (response: LightMyRequestResponse): Session => {
    assert.equal(response.statusCode, 200, response.body);
    const token = COOKIE.exec(response.headers['set-cookie'] as string)?.[1];
    assert.ok(token, `a session cookie: ${response.headers['set-cookie']}`);
    return { token, csrf: response.json().csrf_token, body: response.json() };
  };
  /** Another session of a user whose password is PASSWORD. */
  const signedIn = async (email: string, options: RequestOptions = {}) => sessionOf(await signIn({ email, password: PASSWORD }, options));
  /** A request with the session cookie, and its CSRF token unless `csrf` says otherwise. */
  const withCookie = (
    session: Pick<Session, 'token' | 'csrf'>,
    method: Method,
    url: string,
    options: { payload?: object; csrf?: string | null; headers?: Record<string, string> } = {},
  ) => {
    const csrf = options.csrf === undefined ? session.csrf : options.csrf;
    return inject({
      method,
      url: `/portal/v1${url}`,
      headers: { cookie: `theme=dark; prs_portal=${session.token}`, ...(csrf === null ? {} : { 'x-csrf-token': csrf }), ...options.headers },
      ...(options.payload ? { payload: options.payload } : {}),
    });
  };
  /** The operator invites `email`; answers the user and the token of its e-mail. */
  const invite = async (clientId: number, email: string, role: Role) => {
    const response = await admin('POST', `/clients/${clientId}/users`, { email, role });
    assert.equal(response.statusCode, 201, response.body);
    const { token } = await mailedToken(store, mail, email, 'accept');
    return { user: response.json(), token };
  };
  const accept = (token: string, password = PASSWORD) => post('/invitations/accept', { token, password });
  /** A user of the client who accepted its invitation, signed in. */
  const member = async (clientId: number, role: Role, email = uniqueEmail(role)): Promise<Member> => {
    const { user, token } = await invite(clientId, email, role);
    const session = sessionOf(await accept(token));
    return { id: user.id, email, clientId, role, session };
  };
  const audit = (filter: { action?: string; target?: string }) => {
    let query = store.container.database.db.selectFrom('audit_log').select(['actor', 'action', 'target', 'client_id', 'details']).orderBy('id');
    if (filter.action) query = query.where('action', '=', filter.action);
    if (filter.target) query = query.where('target', '=', filter.target);
    return query
      .execute()
      .then((rows) => rows.map((row) => ({ ...row, details: typeof row.details === 'string' ? JSON.parse(row.details) : row.details })));
  };
  return { inject, admin, post, signIn, sessionOf, signedIn, withCookie, invite, accept, member, audit };
}

export type PortalApi = ReturnType<typeof portalApi>;

/** A store with ADMIN_TOKEN and its e-mails as .eml files in a folder of their own (MAIL_DIR, `mail`), and the portal's calls on it. */
export async function startPortalStore(engine: Engine, options: StoreOptions = {}): Promise<{ store: TestStore; mail: string; call: PortalApi }> {
  const mail = mailDir();
  const store = await startTestStore(engine, { ...options, env: portalEnv(mail, options.env) });
  return { store, mail, call: portalApi(store, mail) };
}

export interface DemoPortal {
  store: TestStore;
  call: PortalApi;
  /** The demo data's client, logged in to the client API. */
  demo: DemoClient;
  /** An order of the demo client: `quantity` Amazon.com cards of 25 USD (above 5, it stays PENDING: no delivery worker runs). */
  place(quantity: number): Promise<any>;
}

/** `startPortalStore` with the demo data: the portal's reads of what the demo client orders. */
export async function startDemoPortal(engine: Engine, options: StoreOptions = {}): Promise<DemoPortal> {
  const { store, call } = await startPortalStore(engine, options);
  const demo = await demoClient(store, ADMIN_TOKEN);
  return { store, call, demo, place: (quantity) => placeDemoOrder(store, demo, quantity) };
}

export function errorOf(response: LightMyRequestResponse) {
  return (response.json() as { error: { name: string; code: string; message: string } }).error;
}

export const CSRF_FAILED = { name: 'ForbiddenError', code: 'CSRF_FAILED', message: 'Missing or invalid CSRF token' };
export const PERMISSION_DENIED = { name: 'ForbiddenError', code: 'PERMISSION_DENIED', message: 'Your role does not allow this' };
export const UNAUTHORIZED = { name: 'UnauthorizedError', code: 'UNAUTHORIZED', message: 'Authentication required' };
export const INVALID_CREDENTIALS = { name: 'UnauthorizedError', code: 'UNAUTHORIZED', message: 'Invalid credentials' };
export const INVALID_TOKEN = { name: 'BadRequestError', code: 'INVALID_TOKEN', message: 'The link is invalid, used or expired' };
