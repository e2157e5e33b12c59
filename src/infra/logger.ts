import type { LoggerOptions } from 'pino';

/** Anything that could carry a credential is removed before a line is written. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.secret',
  '*.token',
  '*.access_token',
  '*.refresh_token',
  '*.secret_hash',
  '*.csrf_token',
  'password',
  'secret',
  'token',
  'access_token',
  'refresh_token',
  'csrf_token',
];

/**
 * Query parameters whose values are logged: the store's own list, filter and paging parameters
 * (every route's query schema names only these; a test holds the two together). Any other
 * parameter's value is logged as `[redacted]` whatever its name (names compared
 * case-insensitively, `-` read as `_`): a client that puts a credential in a URL, under any name,
 * must not find it in the server's logs.
 */
export const LOGGED_QUERY_PARAMETERS: ReadonlySet<string> = new Set([
  'action',
  'active',
  'actor',
  'after',
  'category',
  'category_id',
  'client_id',
  'client_reference',
  'country_id',
  'currency',
  'currency_id',
  'denomination',
  'destination_currency',
  'end_date',
  'format',
  'hours',
  'ids',
  'limit',
  'line',
  'low_stock',
  'name',
  'orderable',
  'page',
  'product_id',
  'quantity',
  'search',
  'since',
  'sort',
  'sort_by',
  'sort_dir',
  'source_currency',
  'start_date',
  'state',
  'status',
  'sub_category',
  'supplier',
  'target_id',
  'target_type',
  'transaction_type',
  'type',
  'until',
  'wallet_id',
]);

/** A JSON Web Token (three base64url parts, the first a JSON header): a path segment never logged as written. */
const JWT_IN_PATH = /(?<=\/)eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g;

function parameterName(raw: string): string {
  let name = raw.replaceAll('+', ' ');
  try {
    name = decodeURIComponent(name);
  } catch {
    // a malformed escape: judge the name as written
  }
  return name.trim().toLowerCase().replaceAll('-', '_');
}

/**
 * The URL (a request target: path and query, or a webhook's address) as logged: the value of
 * every query parameter not in LOGGED_QUERY_PARAMETERS replaced by `[redacted]`, and a path
 * segment that is a JSON Web Token too; anything else kept as written.
 */
export function redactUrl(url: string): string {
  const start = url.indexOf('?');
  const path = start === -1 ? url : url.slice(0, start);
  const safePath = path.includes('eyJ') ? path.replace(JWT_IN_PATH, '[redacted]') : path;
  if (start === -1) return safePath;
  const hash = url.indexOf('#', start);
  const end = hash === -1 ? url.length : hash;
  const pairs = url.slice(start + 1, end).split('&');
  let changed = safePath !== path;
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i]!;
    const equals = pair.indexOf('=');
    if (equals === -1) continue;
    const name = pair.slice(0, equals);
    if (LOGGED_QUERY_PARAMETERS.has(parameterName(name))) continue;
    pairs[i] = `${name}=[redacted]`;
    changed = true;
  }
  return changed ? `${safePath}?${pairs.join('&')}${url.slice(end)}` : url;
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      req(request: { method: string; url: string; ip?: string; id?: string }) {
        return { method: request.method, url: redactUrl(request.url), ip: request.ip };
      },
      /** Any other line that logs a `url`. */
      url: (value: unknown) => (typeof value === 'string' ? redactUrl(value) : value),
    },
  };
}
