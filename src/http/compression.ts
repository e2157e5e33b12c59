import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync, type InputType } from 'node:zlib';
import type { FastifyInstance, FastifyReply } from 'fastify';

/*
 * Large answers are compressed when the client asks (Accept-Encoding: br or gzip): JSON and
 * text of at least COMPRESSION_THRESHOLD bytes, never smaller ones (compressing a few hundred
 * bytes saves less than it costs). Such answers carry `Vary: Accept-Encoding` whether they were
 * compressed or not, and a compressed one's strong ETag becomes weak (the bytes differ from the
 * identity form; If-None-Match compares weakly, so revalidation still hits).
 *
 * The large answers sent again and again are bodies kept as bytes (reference lists, product
 * pages: the same Buffer each time), so their compressed forms are kept with them, for as long
 * as they live (a WeakMap): compressing 30 kB of JSON costs ten times what the rest of the
 * request does. Other answers are compressed each time, on the event loop up to SYNC_LIMIT,
 * on the thread pool above it.
 */

export const COMPRESSION_THRESHOLD = 1024;
const SYNC_LIMIT = 64 * 1024;

type Encoding = 'br' | 'gzip';

const COMPRESSIBLE = /^(?:text\/|application\/(?:[\w.+-]+\+)?(?:json|javascript|xml)\b|image\/svg\+xml\b)/i;
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };
const GZIP = { level: 6 };

const compressSync: Record<Encoding, (input: InputType) => Buffer> = {
  br: (input) => brotliCompressSync(input, BROTLI),
  gzip: (input) => gzipSync(input, GZIP),
};
const compressAsync: Record<Encoding, (input: InputType, done: (error: Error | null, result: Buffer) => void) => void> = {
  br: (input, done) => brotliCompress(input, BROTLI, done),
  gzip: (input, done) => gzip(input, GZIP, done),
};

/**
 * The coding to answer with (RFC 9110 12.5.3): br or gzip, whichever has the higher weight (br on
 * a tie), `*` standing for any coding not named; null when neither is acceptable.
 */
export function negotiateEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...parameters] = part.split(';');
    let weight = 1;
    for (const parameter of parameters) {
      const match = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(parameter);
      if (match) weight = Number(match[1]);
    }
    const coding = name!.trim().toLowerCase();
    if (coding) weights.set(coding, weight);
  }
  const weightOf = (coding: Encoding) => weights.get(coding) ?? weights.get('*') ?? 0;
  const br = weightOf('br');
  const gz = weightOf('gzip');
  if (br <= 0 && gz <= 0) return null;
  return br >= gz ? 'br' : 'gzip';
}

/** `negotiateEncoding` of the header values seen last (clients send a few distinct ones, again and again). */
const NEGOTIATED_KEPT = 64;
const negotiated = new Map<string, Encoding | null>();

function encodingFor(header: string | undefined): Encoding | null {
  if (!header) return null;
  let encoding = negotiated.get(header);
  if (encoding === undefined) {
    encoding = negotiateEncoding(header);
    if (negotiated.size >= NEGOTIATED_KEPT) negotiated.delete(negotiated.keys().next().value!);
    if (header.length <= 256) negotiated.set(header, encoding);
  }
  return encoding;
}

function byteLength(payload: unknown): number {
  if (Buffer.isBuffer(payload)) return payload.length;
  if (typeof payload !== 'string') return 0;
  // Bytes ≥ characters; up to 3 bytes per UTF-16 unit.
  return payload.length >= COMPRESSION_THRESHOLD || payload.length * 3 < COMPRESSION_THRESHOLD ? payload.length : Buffer.byteLength(payload);
}

/** A JSON or text answer of at least COMPRESSION_THRESHOLD bytes, not encoded yet. */
function eligible(reply: FastifyReply, payload: unknown): payload is string | Buffer {
  if (byteLength(payload) < COMPRESSION_THRESHOLD) return false;
  const type = reply.getHeader('content-type');
  return typeof type === 'string' && COMPRESSIBLE.test(type) && !reply.hasHeader('content-encoding');
}

export function registerCompression(app: FastifyInstance): void {
  const kept: Record<Encoding, WeakMap<Buffer, Buffer>> = { br: new WeakMap(), gzip: new WeakMap() };
  // A callback-style hook that returns at once for small answers, most of them.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (!eligible(reply, payload)) return done(null, payload);
    const vary = reply.getHeader('vary');
    reply.header('vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
    const encoding = encodingFor(request.headers['accept-encoding']);
    if (!encoding) return done(null, payload);
    const send = (compressed: Buffer) => {
      reply.header('content-encoding', encoding);
      const etag = reply.getHeader('etag');
      if (typeof etag === 'string' && etag.startsWith('"')) reply.header('etag', `W/${etag}`);
      done(null, compressed);
    };
    const cache = Buffer.isBuffer(payload) ? kept[encoding] : null;
    const cached = cache?.get(payload as Buffer);
    if (cached) return send(cached);
    if (byteLength(payload) <= SYNC_LIMIT) {
      const compressed = compressSync[encoding](payload);
      cache?.set(payload as Buffer, compressed);
      return send(compressed);
    }
    compressAsync[encoding](payload, (error, compressed) => {
      if (error) return done(error);
      cache?.set(payload as Buffer, compressed);
      send(compressed);
    });
  });
}
