import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors.ts';

/** This module sits two folders below the repository root, in src/ and in dist/ alike. */
const BUILT_APPS = path.resolve(import.meta.dirname, '../../dist/web');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Scripts, styles, images and connections from the store only; no inline script; never framed. */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Radix positions popovers with style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': WEB_APP_CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

interface Asset {
  body: Buffer;
  type: string;
  /** Compressed forms, made at the first request that accepts them. */
  br?: Buffer;
  gzip?: Buffer;
}

function readAssets(directory: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const file = path.join(folder, name);
      if (statSync(file).isDirectory()) walk(file);
      else
        assets.set(`/${path.relative(directory, file).split(path.sep).join('/')}`, {
          body: readFileSync(file),
          type: TYPES[path.extname(name)] ?? 'application/octet-stream',
        });
    }
  };
  walk(directory);
  return assets;
}

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

function send(request: FastifyRequest, reply: FastifyReply, asset: Asset, cacheControl: string): FastifyReply {
  reply.headers(SECURITY_HEADERS).header('cache-control', cacheControl).type(asset.type).header('vary', 'accept-encoding');
  const accepted = String(request.headers['accept-encoding'] ?? '');
  if (asset.body.length > 1024 && COMPRESSIBLE.test(asset.type)) {
    if (/\bbr\b/.test(accepted)) {
      asset.br ??= brotliCompressSync(asset.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
      return reply.header('content-encoding', 'br').send(asset.br);
    }
    if (/\bgzip\b/.test(accepted)) {
      asset.gzip ??= gzipSync(asset.body, { level: 9 });
      return reply.header('content-encoding', 'gzip').send(asset.gzip);
    }
  }
  return reply.send(asset.body);
}

/**
 * A single-page app built by Vite into dist/web/<name>, served at /<name>: files by their path,
 * those under assets/ (content-hashed names) cached for a year as immutable, and every other
 * address answered with index.html (never cached) so that deep links reach the app's router.
 * The files are read once, when the store starts; serving them never touches the database.
 */
export function registerWebApp(app: FastifyInstance, name: string): void {
  const directory = path.join(BUILT_APPS, name);
  const assets = existsSync(path.join(directory, 'index.html')) ? readAssets(directory) : null;
  const prefix = `/${name}`;
  const hidden = { schema: { hide: true } };

  const handler = async (request: FastifyRequest<{ Params: { '*'?: string } }>, reply: FastifyReply) => {
    if (!assets) throw new ApiError(503, 'ServiceUnavailableError', 'SERVICE_UNAVAILABLE', `The ${name} is not built: run npm run build`);
    const wanted = `/${request.params['*'] ?? ''}`;
    const asset = assets.get(wanted);
    if (asset && wanted !== '/index.html')
      return send(request, reply, asset, wanted.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (wanted.startsWith('/assets/')) throw new ApiError(404, 'NotFoundError', 'NOT_FOUND', 'Route not found');
    return send(request, reply, assets.get('/index.html')!, 'no-cache');
  };
  app.get(prefix, hidden, handler);
  app.get(`${prefix}/*`, hidden, handler);
}
