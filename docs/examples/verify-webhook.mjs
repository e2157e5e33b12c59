// Verifying Popup Reward Store webhooks in Node.js (docs/webhooks.md).
// No dependencies: node:crypto and node:http. Run it as a receiver with
//   WEBHOOK_SECRETS=whsec_new,whsec_old node docs/examples/verify-webhook.mjs
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const hmacHex = (secret, payload) => createHmac('sha256', secret).update(payload).digest('hex');

function equalHex(expected, received) {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(received, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * X-Signature-V2: "t=<unix seconds>,v1=<hex>[,v1=<hex>…]". Valid when the timestamp is recent
 * (replay protection) and one v1 is the HMAC-SHA256 of "<t>.<raw body>" with one of your
 * secrets. `rawBody` is the Buffer or string exactly as received — never re-serialised JSON.
 */
export function verifySignatureV2(rawBody, header, secrets, { toleranceSeconds = 300, now = Date.now() } = {}) {
  if (typeof header !== 'string') return false;
  let timestamp = null;
  const signatures = [];
  for (const part of header.split(',')) {
    const [key, value] = part.split('=', 2);
    if (key === 't' && /^\d+$/.test(value ?? '')) timestamp = value;
    if (key === 'v1' && value) signatures.push(value);
  }
  if (timestamp === null || signatures.length === 0) return false;
  if (Math.abs(now / 1000 - Number(timestamp)) > toleranceSeconds) return false;
  const signed = Buffer.concat([Buffer.from(`${timestamp}.`), Buffer.from(rawBody)]);
  return secrets.some((secret) => signatures.some((signature) => equalHex(hmacHex(secret, signed), signature)));
}

/** X-Signature: the hex HMAC-SHA256 of the raw body (no timestamp: prefer V2). */
export function verifySignature(rawBody, header, secrets) {
  if (typeof header !== 'string') return false;
  return secrets.some((secret) => equalHex(hmacHex(secret, Buffer.from(rawBody)), header));
}

/**
 * A receiver: reads the raw body, checks X-Signature-V2, answers 2xx quickly, and handles each
 * X-Event-ID once (deliveries are at-least-once). Keep `seen` in your database in real life,
 * e.g. a table with a unique event id, inserted in the same transaction as your side effects.
 */
export function createReceiver(secrets, handle, seen = new Set()) {
  return createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', async () => {
      const rawBody = Buffer.concat(chunks);
      if (!verifySignatureV2(rawBody, request.headers['x-signature-v2'], secrets)) {
        response.writeHead(401).end();
        return;
      }
      const eventId = request.headers['x-event-id'];
      if (!seen.has(eventId)) {
        await handle(JSON.parse(rawBody.toString('utf8')));
        seen.add(eventId);
      }
      response.writeHead(204).end();
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const secrets = (process.env.WEBHOOK_SECRETS ?? '').split(',').filter(Boolean);
  if (secrets.length === 0) throw new Error('set WEBHOOK_SECRETS=whsec_…[,whsec_…]');
  const port = Number(process.env.PORT ?? 8080);
  createReceiver(secrets, async (event) => console.log(event.type, event.id, JSON.stringify(event.data))).listen(port, () =>
    console.log(`listening on http://127.0.0.1:${port}`),
  );
}
