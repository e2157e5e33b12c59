// Verifying the store's webhook deliveries with Web Crypto (Node 20, browsers, workers).
// X-Signature-V2: "t=<unix seconds>,v1=<hex>[,v1=<hex>]": HMAC-SHA256 of "<t>.<raw body>" with the
// secret (the whole "whsec_…" string as UTF-8); a second v1 during a rotation. X-Signature: the
// HMAC of the raw body alone, without replay protection.
import { sdkError, type PopupStoreError } from './errors.js';
import type { WebhookEvent } from './types.js';

/** The body exactly as received: a string, or its bytes (a Node Buffer is a Uint8Array). */
export type RawBody = string | ArrayBuffer | ArrayBufferView;

/** Fetch `Headers`, or an object of header names (any case) to values (Node's `request.headers`). */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export interface VerifyWebhookOptions {
  /** How far `t` may be from now, in seconds (default 300). `Infinity` turns the check off. */
  toleranceSeconds?: number;
  /** Accept the legacy `X-Signature` when `X-Signature-V2` is absent (default false). */
  allowLegacySignature?: boolean;
  /** The time to check `t` against, ms since the epoch (default now). */
  now?: number;
}

const encoder = new TextEncoder();

const failure = (code: string, message: string): PopupStoreError => sdkError('WebhookVerificationError', code, message);

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  const value = entry?.[1];
  return Array.isArray(value) ? value[0] : (value ?? undefined);
}

type Bytes = Uint8Array<ArrayBuffer>;

/** A copy of the body's bytes. */
function bytesOf(body: RawBody): Bytes {
  if (typeof body === 'string') return encoder.encode(body);
  const view = body instanceof ArrayBuffer ? new Uint8Array(body) : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  return Uint8Array.from(view);
}

function hexBytes(hex: string): Bytes | null {
  if (!/^(?:[0-9a-f]{2})+$/i.test(hex)) return null;
  return Uint8Array.from(hex.match(/../g)!, (pair) => parseInt(pair, 16));
}

/** Whether one of `signatures` (hex) is the HMAC-SHA256 of `payload` with one of `secrets`. */
async function signedByOne(payload: Bytes, signatures: string[], secrets: string[]): Promise<boolean> {
  const expected = signatures.map(hexBytes).filter((bytes) => bytes !== null);
  for (const secret of secrets) {
    const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
    for (const signature of expected) {
      // verify compares in constant time.
      if (await crypto.subtle.verify('HMAC', key, signature, payload)) return true;
    }
  }
  return false;
}

function concat(prefix: string, body: Bytes): Bytes {
  const head = encoder.encode(prefix);
  const joined = new Uint8Array(head.length + body.length);
  joined.set(head);
  joined.set(body, head.length);
  return joined;
}

async function checkV2(value: string, body: Bytes, secrets: string[], options: VerifyWebhookOptions): Promise<void> {
  let timestamp: string | null = null;
  const signatures: string[] = [];
  for (const part of value.split(',')) {
    const [key, item = ''] = part.trim().split('=', 2);
    if (key === 't' && /^\d{1,12}$/.test(item)) timestamp = item;
    if (key === 'v1' && item) signatures.push(item);
  }
  if (timestamp === null || signatures.length === 0) throw failure('WEBHOOK_SIGNATURE_INVALID', 'X-Signature-V2 is malformed');
  const tolerance = options.toleranceSeconds ?? 300;
  const age = Math.abs((options.now ?? Date.now()) / 1000 - Number(timestamp));
  if (age > tolerance)
    throw failure('WEBHOOK_TIMESTAMP_OUT_OF_TOLERANCE', `The signature's timestamp is ${Math.round(age)} s from now (tolerance ${tolerance} s)`);
  if (!(await signedByOne(concat(`${timestamp}.`, body), signatures, secrets))) {
    throw failure('WEBHOOK_SIGNATURE_INVALID', 'X-Signature-V2 does not match the body with any of the secrets');
  }
}

/**
 * Checks a webhook delivery and answers its event. `rawBody` must be the body exactly as received
 * (not re-serialised JSON); `secrets` the endpoint's secret, or during a rotation the new and the
 * old. Throws PopupStoreError (`name` WebhookVerificationError, `status` 0) when the delivery is
 * not the store's: answer it 4xx and do nothing with it.
 */
export async function verifyWebhook(
  rawBody: RawBody,
  headers: WebhookHeaders,
  secrets: string | string[],
  options: VerifyWebhookOptions = {},
): Promise<WebhookEvent> {
  const keys = (Array.isArray(secrets) ? secrets : [secrets]).filter((secret) => secret.length > 0);
  if (keys.length === 0) throw new TypeError('verifyWebhook: no secret given');
  const body = bytesOf(rawBody);
  const v2 = header(headers, 'x-signature-v2');
  const legacy = header(headers, 'x-signature');
  if (v2 !== undefined) await checkV2(v2, body, keys, options);
  else if (options.allowLegacySignature && legacy !== undefined) {
    if (!(await signedByOne(body, [legacy.trim()], keys)))
      throw failure('WEBHOOK_SIGNATURE_INVALID', 'X-Signature does not match the body with any of the secrets');
  } else {
    throw failure(
      'WEBHOOK_SIGNATURE_MISSING',
      options.allowLegacySignature ? 'Neither X-Signature-V2 nor X-Signature is present' : 'X-Signature-V2 is absent',
    );
  }
  let event: unknown;
  try {
    event = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw failure('WEBHOOK_PAYLOAD_INVALID', 'The signed body is not JSON');
  }
  const { id, type } = (event ?? {}) as Partial<WebhookEvent>;
  if (typeof id !== 'string' || typeof type !== 'string') throw failure('WEBHOOK_PAYLOAD_INVALID', 'The signed body is not an event');
  return event as WebhookEvent;
}
