import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { buildOpenApiDocuments, type OpenApiDocuments } from './documents.ts';
import type { OpenApiDocument } from './openapi-types.ts';
import { viewerPage, VIEWER_CSP } from './viewer-page.ts';

const SCALAR_VERSION = '1.46.4';
const VIEWER_SCRIPT = `/docs/assets/scalar-${SCALAR_VERSION}.js`;
const hidden = { schema: { hide: true } };

/**
 * The API reference: the OpenAPI 3.1 documents of the client API (`/docs/openapi.json`), the
 * admin API (`/admin/docs/openapi.json`) and the client portal's API (`/portal/docs/openapi.json`),
 * the combined document @fastify/swagger generates (`/docs/json`), and a reference viewer for each
 * at `/docs`, `/admin/docs` and `/portal/docs`. The viewer is
 * Scalar's browser bundle, served from the installed package: nothing is fetched from elsewhere.
 */
export async function registerApiDocs(app: FastifyInstance & { swagger(): unknown }): Promise<void> {
  let documents: OpenApiDocuments | undefined;
  // Built at the first request: by then every route is registered.
  const published = () => (documents ??= buildOpenApiDocuments(app.swagger() as OpenApiDocument));
  let script: Promise<Buffer> | undefined;

  app.get('/docs/json', hidden, async () => app.swagger());
  app.get('/docs/openapi.json', hidden, async () => published().client);
  app.get('/admin/docs/openapi.json', hidden, async () => published().admin);
  app.get('/portal/docs/openapi.json', hidden, async () => published().portal);
  app.get('/docs', hidden, async (_request, reply) => page(reply, 'The Popup Reward Store API', '/docs/openapi.json'));
  app.get('/admin/docs', hidden, async (_request, reply) => page(reply, 'The Popup Reward Store admin API', '/admin/docs/openapi.json'));
  app.get('/portal/docs', hidden, async (_request, reply) => page(reply, 'The Popup Reward Store client portal API', '/portal/docs/openapi.json'));
  app.get(VIEWER_SCRIPT, hidden, async (_request, reply) => {
    script ??= readFile(createRequire(import.meta.url).resolve('@scalar/api-reference/browser/standalone.js'));
    return reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(await script);
  });
}

function page(reply: FastifyReply, title: string, documentUrl: string): FastifyReply {
  return reply
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('content-security-policy', VIEWER_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('x-frame-options', 'DENY')
    .send(viewerPage({ title, documentUrl, scriptUrl: VIEWER_SCRIPT }));
}
