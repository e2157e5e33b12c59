import { createHmac, randomBytes } from 'node:crypto';

/** `whsec_` and 43 base64url characters (256 random bits). The HMAC key is this whole string, as UTF-8. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

const hmacHex = (secret: string, payload: string) => createHmac('sha256', secret).update(payload, 'utf8').digest('hex');

export interface SigningSecrets {
  current: string;
  /** The secret before the last rotation, while it is still valid (24 h). */
  previous: string | null;
}

/**
 * The signature headers of a delivery (api.md 7):
 * - `X-Signature`: hex HMAC-SHA256 of the raw body. It carries one value, so while a rotated-out
 *   secret is still valid it is made with THAT secret: an integration that has not switched yet
 *   keeps working for the 24 h the contract promises.
 * - `X-Signature-V2`: `t=<timestamp>,v1=<hex HMAC-SHA256 of "<timestamp>.<raw body>">` with the
 *   current secret, followed by `,v1=…` with the previous one during the overlap; a receiver
 *   accepts the request when any `v1` matches.
 */
export function signatureHeaders(body: string, timestamp: number, secrets: SigningSecrets): { 'x-signature': string; 'x-signature-v2': string } {
  const signed = `${timestamp}.${body}`;
  const v1 = [secrets.current, ...(secrets.previous ? [secrets.previous] : [])].map((secret) => `v1=${hmacHex(secret, signed)}`);
  return {
    'x-signature': hmacHex(secrets.previous ?? secrets.current, body),
    'x-signature-v2': [`t=${timestamp}`, ...v1].join(','),
  };
}
