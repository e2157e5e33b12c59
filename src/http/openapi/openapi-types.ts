import type { OPTIONAL_BODY } from '../optional-bodies.ts';
/** The parts of an OpenAPI 3.1 document the store builds and reads; everything else passes through. */
export type JsonSchema = { [key: string]: unknown };

export interface Parameter {
  in: 'query' | 'path' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

export interface Header {
  description: string;
  schema: JsonSchema;
}

export interface Response {
  description: string;
  headers?: Record<string, Header | { $ref: string }>;
  content?: Record<string, { schema?: JsonSchema; example?: unknown }>;
}

export interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: JsonSchema }> };
  responses: Record<string, Response>;
  /** The routes' own extension (src/http/optional-bodies.ts), read and removed when the documents are made. */
  [OPTIONAL_BODY]?: boolean;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string; license?: { name: string; identifier?: string } };
  servers?: { url: string; description?: string }[];
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas?: Record<string, JsonSchema>;
    securitySchemes?: Record<string, unknown>;
    headers?: Record<string, Header>;
    responses?: Record<string, Response>;
  };
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Every operation of a document with its method and path. */
export function* operationsOf(document: Pick<OpenApiDocument, 'paths'>): Generator<{ method: string; path: string; operation: Operation }> {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation) yield { method, path, operation };
    }
  }
}
