import { OPTIONAL_BODY } from '../optional-bodies.ts';
import { BODY_METHODS, errorCodesOf, statusDescription } from './error-codes.ts';
import { EXAMPLES } from './examples.ts';
import { adminIntroduction, clientIntroduction } from './introduction.ts';
import { operationIdOf } from './operation-ids.ts';
import { operationsOf, type Header, type JsonSchema, type OpenApiDocument, type Operation, type Parameter } from './openapi-types.ts';
import { HEADERS, headersOf } from './response-headers.ts';
import { tagsOf } from './tags.ts';

/**
 * The three published OpenAPI 3.1 documents — the client API (`/auth`, `/api/v1`, `/status`), the
 * admin API (`/admin/v1`) and the client portal's API (`/portal/v1`, for its web pages) — made from
 * the one document @fastify/swagger generates from the route schemas. What the route schemas cannot say is added here, by rule: operationIds, public
 * operations' empty security, named component schemas (the schemas that carry a `title`), query
 * parameters typed as what they are, the response headers, and the error codes of each response.
 */
export interface OpenApiDocuments {
  client: OpenApiDocument;
  admin: OpenApiDocument;
  portal: OpenApiDocument;
}

const ERROR_SCHEMA = 'Error';
const SUCCESS_DESCRIPTIONS: Record<string, string> = { '200': 'OK', '201': 'Created', '204': 'No content' };
/** GETs answered from the reference cache: ETag, and 304 to a matching If-None-Match. */
const NOT_MODIFIED_PATHS = /^\/api\/v1\/(countries|currencies|categories|subcategories)(\/\{id\})?$/;

export function buildOpenApiDocuments(generated: OpenApiDocument): OpenApiDocuments {
  const isAdmin = (path: string) => path.startsWith('/admin/');
  const isPortal = (path: string) => path.startsWith('/portal/');
  return {
    client: publish(generated, (path) => !isAdmin(path) && !isPortal(path), {
      title: 'The Popup Reward Store API',
      description: clientIntroduction(),
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'The access token of POST /auth/login (1 hour), renewed with POST /auth/refresh',
        },
      },
    }),
    admin: publish(generated, isAdmin, {
      title: 'The Popup Reward Store admin API',
      description: adminIntroduction(),
      securitySchemes: {
        operatorAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'An operator token (POST /admin/v1/auth/login) or the static ADMIN_TOKEN',
        },
        consoleSession: {
          type: 'apiKey',
          in: 'cookie',
          name: 'prs_console',
          description:
            'The operator console: the session cookie of POST /admin/v1/auth/session, named `__Host-prs_console` over HTTPS (`prs_console` over plain HTTP). Every request but GET, HEAD and OPTIONS also sends the X-CSRF-Token header, else 403 CSRF_FAILED. An Authorization header, when present, is used instead of the cookie.',
        },
      },
    }),
    portal: publish(generated, isPortal, {
      title: 'The Popup Reward Store client portal API',
      description:
        "The API of the client portal's web pages: the people of a client sign in with their e-mail address and password (and a one-time code when they turned two-factor authentication on), then read their account with the session cookie. What each role may do: every operation names its permission (docs/portal.md). Another client's ids answer 404, as on the client API.",
      securitySchemes: {
        portalSession: {
          type: 'apiKey',
          in: 'cookie',
          name: 'prs_portal',
          description:
            'The session cookie of POST /portal/v1/session, named `__Host-prs_portal` over HTTPS (Path=/; over plain HTTP `prs_portal` with Path=/portal). Every request but GET, HEAD and OPTIONS also sends the X-CSRF-Token header, else 403 CSRF_FAILED.',
        },
      },
    }),
  };
}

interface Audience {
  title: string;
  description: string;
  securitySchemes: Record<string, unknown>;
}

function publish(generated: OpenApiDocument, includes: (path: string) => boolean, audience: Audience): OpenApiDocument {
  const source = structuredClone(generated);
  const paths = Object.fromEntries(Object.entries(source.paths).filter(([path]) => includes(path)));
  const document: OpenApiDocument = {
    openapi: '3.1.0',
    info: {
      title: audience.title,
      version: source.info.version,
      description: audience.description,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/', description: 'This store' }],
    tags: [],
    paths,
    components: { securitySchemes: audience.securitySchemes, headers: HEADERS, schemas: {} },
  };
  for (const { method, path, operation } of operationsOf(document)) describeOperation(method, path, operation);
  document.tags = tagsOf(document);
  hoistNamedSchemas(document);
  document.components.headers = usedHeaders(document);
  return document;
}

function describeOperation(method: string, path: string, operation: Operation): void {
  operation.operationId = operationIdOf(method, path);
  // Each document is one audience, so the combined document's "admin: " tag prefix says nothing.
  operation.tags = operation.tags?.map((tag) => tag.replace(/^(admin|portal): /, ''));
  operation.security ??= [];
  if (operation.security.some((requirement) => 'operatorAuth' in requirement)) acceptConsoleSession(method, operation);
  if (operation.security.some((requirement) => 'portalSession' in requirement))
    requireCsrfToken(method, operation, 'the csrf_token of the session (required)', true);
  for (const parameter of operation.parameters ?? []) typeParameter(parameter);
  if (method === 'get' && NOT_MODIFIED_PATHS.test(path)) operation.responses['304'] = { description: 'Not modified since the ETag sent' };
  // @fastify/swagger marks every body required; these routes take none as `{}`.
  if (operation.requestBody && operation[OPTIONAL_BODY]) operation.requestBody.required = false;
  delete operation[OPTIONAL_BODY];
  // Any body sent with a change is read (docs/reference/errors.md), even where the route takes none.
  if (BODY_METHODS.has(method)) for (const status of ['400', '413', '415']) operation.responses[status] ??= { description: '' };
  for (const [status, response] of Object.entries(operation.responses)) {
    if (/^[45]/.test(status)) {
      const codes = errorCodesOf(method, path, operation, status);
      response.description = statusDescription(status, path);
      response.content = { 'application/json': { schema: errorSchema(codes) } };
    } else if (SUCCESS_DESCRIPTIONS[status] && response.description === 'Default Response') {
      response.description = SUCCESS_DESCRIPTIONS[status];
    }
    response.headers = headersOf(method, path, operation, status);
  }
}

/**
 * What the operator hook takes besides a Bearer token: the console's session cookie, whose changes
 * carry X-CSRF-Token and are refused with 403 CSRF_FAILED without it.
 */
function acceptConsoleSession(method: string, operation: Operation): void {
  operation.security = [...operation.security!, { consoleSession: [] }];
  requireCsrfToken(method, operation, 'With the console session cookie: the csrf_token of the session (required then)', false);
}

/** The X-CSRF-Token header of a change sent with a session cookie, and its 403. */
function requireCsrfToken(method: string, operation: Operation, description: string, required: boolean): void {
  if (method === 'get' || method === 'head') return;
  operation.parameters = [...(operation.parameters ?? []), { in: 'header', name: 'X-CSRF-Token', required, description, schema: { type: 'string' } }];
  operation.responses['403'] ??= { description: '' };
}

function usedHeaders(document: OpenApiDocument): Record<string, Header> {
  const used = new Set<string>();
  for (const { operation } of operationsOf(document)) {
    for (const response of Object.values(operation.responses)) for (const name of Object.keys(response.headers ?? {})) used.add(name);
  }
  return Object.fromEntries(Object.entries(HEADERS).filter(([name]) => used.has(name)));
}

/** The error envelope whose `code` is one of `codes`. */
function errorSchema(codes: string[]): JsonSchema {
  const ref = { $ref: `#/components/schemas/${ERROR_SCHEMA}` };
  if (codes.length === 0) return ref;
  return {
    allOf: [ref, { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string', enum: codes } } } } }],
  };
}

/**
 * Ids, pages and limits travel as decimal digits and are read as strings (so that a bad one gets
 * the documented error rather than a coercion); the document types them as the integers they are.
 */
function typeParameter(parameter: Parameter): void {
  const schema = parameter.schema;
  if (!schema || schema.type !== 'string' || typeof schema.pattern !== 'string' || !schema.pattern.startsWith('^[0-9]')) return;
  const maximum = parameter.name === 'limit' ? 10_000 : 2_147_483_647;
  parameter.schema = { type: 'integer', minimum: 1, maximum };
}

/**
 * Moves every schema with a `title` (Order, Product, Wallet…) to `components.schemas` under that
 * name and refers to it, with its example when EXAMPLES has one. Two different schemas with one
 * title would make a wrong type in every generated client, so they are refused.
 */
function hoistNamedSchemas(document: OpenApiDocument): void {
  const schemas: Record<string, JsonSchema> = {};
  const seen = new Map<string, string>();
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!node || typeof node !== 'object') return node;
    const object = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, visit(value)])) as JsonSchema;
    const title = object.title;
    if (typeof title !== 'string' || !/^[A-Z][A-Za-z]+$/.test(title)) return object;
    const { title: _title, ...schema } = object;
    const text = JSON.stringify(schema);
    if (seen.has(title) && seen.get(title) !== text) throw new Error(`Two different schemas are titled ${title}`);
    seen.set(title, text);
    schemas[title] = EXAMPLES[title] === undefined ? schema : { ...schema, examples: [EXAMPLES[title]] };
    return { $ref: `#/components/schemas/${title}` };
  };
  document.paths = visit(document.paths) as OpenApiDocument['paths'];
  schemas[ERROR_SCHEMA] = { ...errorEnvelope(), examples: [EXAMPLES[ERROR_SCHEMA]] };
  document.components.schemas = Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)));
}

function errorEnvelope(): JsonSchema {
  return {
    type: 'object',
    description: 'Every error: a fixed name per status, a code to branch on, a message safe to show',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['name', 'code', 'message'],
        properties: {
          name: { type: 'string', description: 'The class of error, e.g. BadRequestError' },
          code: { type: 'string', description: 'The machine code, e.g. INSUFFICIENT_FUNDS' },
          message: { type: 'string', description: 'Human text; stable, but do not parse it' },
          details: {
            type: 'array',
            description: 'Only on some VALIDATION_FAILURE answers',
            items: {
              type: 'object',
              required: ['field', 'message'],
              properties: { field: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
      },
    },
  };
}
