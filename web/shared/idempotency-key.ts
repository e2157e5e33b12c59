/**
 * A new Idempotency-Key for a form that moves money (an order, a wallet credit): `<app>-` and 128
 * random bits as hex. crypto.getRandomValues works on plain HTTP too (crypto.randomUUID needs a
 * secure context).
 */
export function newIdempotencyKey(app: 'portal' | 'console'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `${app}-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
