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
 * Query parameters whose values are never logged (names compared case-insensitively, `-` read as
 * `_`): a client that puts a credential in a URL must not find it in the server's logs.
 */
export const SENSITIVE_QUERY_PARAMETERS: ReadonlySet<string> = new Set([
  'token',
  'access_token',
  'refresh_token',
  'id_token',
  'password',
  'passwd',
  'secret',
  'client_secret',
  'api_key',
  'apikey',
  'x_api_key',
  'key',
  'code',
  'pin',
  'otp',
  'signature',
  'sig',
  'auth',
  'authorization',
  'credentials',
  'session',
  'session_id',
  'sessionid',
  'jwt',
]);

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
 * The URL (a request target: path and query) with the value of every sensitive query parameter
 * replaced by `[redacted]`; anything else kept as written. Only a URL with a `?` is parsed.
 */
export function redactUrl(url: string): string {
  const start = url.indexOf('?');
  if (start === -1) return url;
  const hash = url.indexOf('#', start);
  const end = hash === -1 ? url.length : hash;
  const pairs = url.slice(start + 1, end).split('&');
  let changed = false;
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i]!;
    const equals = pair.indexOf('=');
    const name = equals === -1 ? pair : pair.slice(0, equals);
    if (equals === -1 || !SENSITIVE_QUERY_PARAMETERS.has(parameterName(name))) continue;
    pairs[i] = `${name}=[redacted]`;
    changed = true;
  }
  return changed ? `${url.slice(0, start + 1)}${pairs.join('&')}${url.slice(end)}` : url;
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
