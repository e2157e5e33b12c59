import { connect } from 'node:net';
import fc from 'fast-check';
import { runDemo } from '../../src/demo/demo.ts';
import type { TestStore } from '../helpers/store.ts';
import { objectOf, RawNumber, toJsonText, urlText } from './hostile-values.ts';
import { operationsOf, type Operation } from './openapi-operations.ts';

/**
 * A property-based fuzz of the whole HTTP surface: requests derived from the served OpenAPI
 * document (every route, client and admin, with and without credentials) carrying hostile
 * strings, numbers, wrong types, missing and extra fields; then raw malformed HTTP over a
 * socket. Every answer must be below 500, carry the request id, and be the JSON error envelope
 * (or a JSON success) with `charset=utf-8`.
 */

export const FUZZ_ADMIN_TOKEN = 'fuzz-operator-token-0123456789abcdefghijklmnop';

export interface FuzzFailure {
  request: string;
  status: number;
  problem: string;
  body: string;
}

type Auth = 'none' | 'client' | 'admin' | 'garbage';

interface FuzzRequest {
  method: string;
  url: string;
  auth: Auth;
  /** undefined: no body and no Content-Type; otherwise the exact text and its Content-Type. */
  body?: { text: string; contentType: string };
}

const SWEEP_URL_TEXT = ['%00', '%ED%A0%80', '2147483648', '99999999999999999999', '-1', '1e3', 'x'.repeat(300)];
const SWEEP_BODY_VALUES: unknown[] = [
  'a\u0000b',
  '\ud800',
  2 ** 31,
  new RawNumber('9007199254740993'),
  new RawNumber('1e400'),
  -1,
  null,
  { a: '\u0000' },
];

const JSON_TYPE = /^application\/json; charset=utf-8/;

/** What is wrong with an answer, or null. */
export function envelopeProblem(status: number, headers: Record<string, unknown>, body: string): string | null {
  if (status >= 500) return `answered ${status}`;
  if (!headers['x-request-id']) return 'no X-Request-Id';
  if (status === 204) return null;
  const contentType = String(headers['content-type'] ?? '');
  if (!JSON_TYPE.test(contentType)) return `Content-Type ${contentType || '(none)'}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return 'body is not JSON';
  }
  if (status >= 400) {
    const error = (parsed as { error?: Record<string, unknown> } | null)?.error;
    if (!error || typeof error.name !== 'string' || typeof error.code !== 'string' || typeof error.message !== 'string') {
      return 'not the error envelope';
    }
  }
  return null;
}

/** The credentials a route is meant to be called with. */
const expectedAuth = (operation: Operation): Auth => (operation.audience === 'public' ? 'none' : operation.audience);

function requestArbitrary(operation: Operation): fc.Arbitrary<FuzzRequest> {
  const idish = fc.oneof(
    { arbitrary: fc.integer({ min: 1, max: 20 }).map(String), weight: 3 },
    { arbitrary: urlText({ type: 'integer' }), weight: 2 },
  );
  const pathValues = fc.tuple(...operation.pathParams.map(() => idish));
  const queryValues = fc.tuple(
    ...operation.query.map((parameter) =>
      fc.option(
        fc.oneof(
          { arbitrary: urlText(parameter.schema).map((text) => [text]), weight: 5 },
          { arbitrary: fc.tuple(urlText(parameter.schema), urlText(parameter.schema)), weight: 1 },
        ),
        { freq: parameter.required ? 10 : 2 },
      ),
    ),
  );
  const expected = expectedAuth(operation);
  const auth = fc.oneof(
    { arbitrary: fc.constant(expected), weight: 6 },
    { arbitrary: fc.constantFrom<Auth>('none', 'client', 'admin', 'garbage'), weight: 2 },
  );
  const withBody = operation.method !== 'GET' && operation.method !== 'DELETE';
  const jsonBody = objectOf(operation.body ?? {}).map((object) => ({ text: toJsonText(object), contentType: 'application/json' }));
  const oddBody = fc.constantFrom(
    { text: '', contentType: 'application/json' },
    { text: '', contentType: 'application/json; charset=utf-8' },
    { text: '{"a":', contentType: 'application/json' },
    { text: 'null', contentType: 'application/json' },
    { text: '[]', contentType: 'application/json' },
    { text: '"\\u0000"', contentType: 'application/json' },
    { text: '{"x":"\\ud800"}', contentType: 'application/json' },
    { text: '{}', contentType: 'text/plain' },
    { text: 'a=1', contentType: 'application/x-www-form-urlencoded' },
    { text: '{}', contentType: 'application/json; charset=latin1' },
  );
  const body = withBody
    ? fc.oneof({ arbitrary: jsonBody, weight: 6 }, { arbitrary: oddBody, weight: 2 }, { arbitrary: fc.constant(undefined), weight: 1 })
    : fc.constant(undefined);
  return fc.tuple(pathValues, queryValues, auth, body).map(([params, query, who, payload]) => {
    let path = operation.path;
    operation.pathParams.forEach((name, index) => {
      path = path.replace(`{${name}}`, params[index]!);
    });
    const parts: string[] = [];
    operation.query.forEach((parameter, index) => {
      for (const text of query[index] ?? []) parts.push(`${parameter.name}=${text}`);
    });
    return { method: operation.method, url: parts.length ? `${path}?${parts.join('&')}` : path, auth: who, body: payload };
  });
}

/** The fuzz's own client: a demo client with funded wallets and a catalog, kept usable between requests. */
async function seed(store: TestStore) {
  const backend = {
    clients: store.container.clients.as('cli'),
    catalog: store.container.catalog.as('cli'),
    inventory: store.container.inventory.as('cli'),
    wallets: store.container.wallets.as('cli'),
    fx: store.container.fx.as('cli'),
  };
  const { credentials } = await runDemo(backend);
  const clients = backend.clients;
  let token = '';
  const login = async ({ username, password }: { username: string; password: string }) => {
    const response = await store.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { username, password },
    });
    token = (response.json() as { data: { access_token: string } }).data.access_token;
  };
  await login(credentials);
  return {
    clientId: credentials.client_id,
    token: () => token,
    /** Undo what fuzzed admin calls did to the fuzz client (deactivated, allowlisted, logged out, secret rotated, credential revoked). */
    async ensureUsable() {
      const probe = await store.app.inject({ method: 'GET', url: '/api/v1/wallets', headers: { authorization: `Bearer ${token}` } });
      if (probe.statusCode === 200) return;
      const client = await clients.getClient(credentials.client_id);
      if (!client.active) await clients.setActive(client.id, true);
      for (const cidr of client.ip_allowlist) await clients.removeIp(client.id, cidr);
      if (!client.features.includes('vouchers')) await clients.setFeatures(client.id, ['vouchers']);
      // A revoked first credential is replaced by rotate-secret, with a username of its own.
      await login(await clients.rotateSecret(client.id));
    },
  };
}

/**
 * Every route once per hostile value in each of its inputs: each query parameter, each path
 * parameter and each top-level body field in turn, the rest plausible. Deterministic; it
 * makes sure no input of any route is missed by chance.
 */
function sweepRequests(operation: Operation, seed: number): FuzzRequest[] {
  const [base] = fc.sample(requestArbitrary(operation), { seed, numRuns: 1 });
  const expected = expectedAuth(operation);
  const plainPath = operation.pathParams.reduce((path, name) => path.replace(`{${name}}`, '1'), operation.path);
  const requests: FuzzRequest[] = [];
  const jsonBody = (object: Record<string, unknown>) => ({ text: toJsonText(object), contentType: 'application/json' });
  const [bodyBase] = fc.sample(objectOf(operation.body ?? {}), { seed, numRuns: 1 });
  const body = operation.method === 'GET' || operation.method === 'DELETE' ? undefined : jsonBody(bodyBase ?? {});
  for (const parameter of operation.query) {
    for (const text of SWEEP_URL_TEXT)
      requests.push({ method: operation.method, url: `${plainPath}?${parameter.name}=${text}`, auth: expected, body });
  }
  for (const name of operation.pathParams) {
    for (const text of SWEEP_URL_TEXT) {
      requests.push({ method: operation.method, url: operation.path.replace(`{${name}}`, text).replace(/\{[^}]+\}/g, '1'), auth: expected, body });
    }
  }
  if (body) {
    for (const field of Object.keys(operation.body?.properties ?? {})) {
      for (const hostile of SWEEP_BODY_VALUES)
        requests.push({ method: operation.method, url: plainPath, auth: expected, body: jsonBody({ ...bodyBase, [field]: hostile }) });
    }
    requests.push({ method: operation.method, url: plainPath, auth: expected, body: { text: '', contentType: 'application/json' } });
  }
  return base ? [base, ...requests] : requests;
}

export interface FuzzOptions {
  /** Random requests after the sweep. */
  count: number;
  seed: number;
  /** The deterministic sweep of every input of every route first (default true). */
  sweep?: boolean;
}

/** Sends `count` generated requests through the app; returns every answer that broke a rule. */
export async function fuzzRequests(store: TestStore, options: FuzzOptions): Promise<FuzzFailure[]> {
  const document = store.app.swagger() as unknown as Parameters<typeof operationsOf>[0];
  const operations = operationsOf(document).filter((operation) => !operation.path.startsWith('/api/v1/__'));
  const fuzzClient = await seed(store);
  const sweep = options.sweep === false ? [] : operations.flatMap((operation) => sweepRequests(operation, options.seed));
  const requests = [...sweep, ...fc.sample(fc.oneof(...operations.map(requestArbitrary)), { seed: options.seed, numRuns: options.count })];
  const failures: FuzzFailure[] = [];
  for (const [index, request] of requests.entries()) {
    if (index % 20 === 0) await fuzzClient.ensureUsable();
    const headers: Record<string, string> = {};
    if (request.auth === 'client') headers.authorization = `Bearer ${fuzzClient.token()}`;
    if (request.auth === 'admin') headers.authorization = `Bearer ${FUZZ_ADMIN_TOKEN}`;
    if (request.auth === 'garbage') headers.authorization = 'Bearer eyJhbGciOiJub25lIn0.e30.';
    if (request.body) headers['content-type'] = request.body.contentType;
    const response = await store.app.inject({
      method: request.method as 'GET',
      url: request.url,
      headers,
      ...(request.body ? { payload: request.body.text } : {}),
    });
    const problem = envelopeProblem(response.statusCode, response.headers, response.body);
    if (problem) {
      failures.push({
        request: `${request.method} ${request.url.slice(0, 200)} [${request.auth}] ${request.body?.text.slice(0, 200) ?? ''}`,
        status: response.statusCode,
        problem,
        body: response.body.slice(0, 300),
      });
    }
  }
  return failures;
}

/** Raw requests no HTTP client would send; each must get an enveloped answer or a closed socket. */
export const MALFORMED_HTTP: { name: string; bytes: string }[] = [
  { name: 'bad percent-encoding in the path', bytes: 'GET /api/v1/products/%zz HTTP/1.1\r\nHost: x\r\n\r\n' },
  { name: 'lone percent in the path', bytes: 'GET /api/v1/% HTTP/1.1\r\nHost: x\r\n\r\n' },
  { name: 'NUL percent-encoded in the path', bytes: 'GET /api/v1/countries/%00 HTTP/1.1\r\nHost: x\r\n\r\n' },
  { name: 'oversized headers', bytes: `GET /status HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n` },
  { name: 'garbage request line', bytes: 'HELLO WORLD\r\n\r\n' },
  { name: 'bad header line', bytes: 'GET /status HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n' },
  { name: 'NUL in a header value', bytes: 'GET /status HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n' },
  { name: 'two Content-Lengths', bytes: 'POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}' },
  { name: 'negative Content-Length', bytes: 'POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n' },
  {
    name: 'bad chunk size',
    bytes: 'POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
  },
  { name: 'unknown HTTP version', bytes: 'GET /status HTTP/9.9\r\nHost: x\r\n\r\n' },
  { name: 'absolute-form URL with a bad host', bytes: 'GET http://%zz/status HTTP/1.1\r\nHost: x\r\n\r\n' },
  {
    name: 'empty JSON body with Content-Length 0',
    bytes: 'POST /auth/logout HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 0\r\n\r\n',
  },
];

/** One raw exchange on a fresh connection: the answer's status, headers and body, or null when the server just closed it. */
export function rawExchange(
  port: number,
  bytes: string,
  timeoutMs = 5000,
): Promise<{ status: number; headers: Record<string, string>; body: string } | null> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no answer and the connection stayed open'));
    }, timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      if (!text) return resolve(null);
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(bytes, 'latin1');
    // Ask the server to close after answering, so the exchange ends.
    socket.end();
  });
}

export async function fuzzRawHttp(port: number): Promise<FuzzFailure[]> {
  const failures: FuzzFailure[] = [];
  for (const { name, bytes } of MALFORMED_HTTP) {
    try {
      const answer = await rawExchange(port, bytes);
      if (!answer) continue;
      const problem = envelopeProblem(answer.status, answer.headers, answer.body);
      if (problem) failures.push({ request: name, status: answer.status, problem, body: answer.body.slice(0, 300) });
    } catch (error) {
      failures.push({ request: name, status: 0, problem: (error as Error).message, body: '' });
    }
  }
  return failures;
}
