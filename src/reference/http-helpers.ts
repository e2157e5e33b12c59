import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CachedBody } from './reference.cache.ts';

/** Reference data changes rarely and an operator change reaches clients within this. */
export const REFERENCE_CACHE_CONTROL = 'private, max-age=300';

/** If-None-Match (RFC 9110 13.1.2): `*` or any listed tag, compared weakly. */
export function ifNoneMatchHits(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return (Array.isArray(header) ? header.join(',') : header).split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}

/** Sends a pre-serialised JSON body with Cache-Control and ETag, or 304 when the client has it. */
export function sendCached(request: FastifyRequest, reply: FastifyReply, entry: CachedBody): FastifyReply {
  reply.header('cache-control', REFERENCE_CACHE_CONTROL).header('etag', entry.etag);
  if (ifNoneMatchHits(request.headers['if-none-match'], entry.etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(entry.body);
}
