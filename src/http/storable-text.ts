import type { FastifyInstance, FastifyRequest, FastifySchemaValidationError } from 'fastify';
import { badLinesError } from './import-lines.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The body is an import's `records`, each `{line, fields}`: unstorable text in a record's
     * fields is that line's error (`details` "line N", as the import's own checks answer), for every
     * such line at once, so the CLI and the console show where it is.
     */
    importRecords?: boolean;
  }
}

/**
 * Text the database cannot store is refused where it enters: PostgreSQL `text` cannot hold
 * U+0000, and an unpaired UTF-16 surrogate has no UTF-8 form (`jsonb` and the wire refuse it).
 * Every string of a JSON body (object keys too), of the query string and of the path is
 * checked before validation, on every route; a hit is a validation failure of that part
 * naming the field, answered like any other (error-handler.ts), or on an import the errors of
 * its lines (`importRecords`).
 */

export const UNSTORABLE_TEXT_MESSAGE = 'must not contain NUL characters or unpaired UTF-16 surrogates';

const storable = (text: string) => text.isWellFormed() && !text.includes('\u0000');

/** The JSON-pointer path of the first unstorable string in `value`, or null. */
export function findUnstorableText(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return storable(value) ? null : path;
  if (typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findUnstorableText(value[index], `${path}/${index}`);
      if (found !== null) return found;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    if (!storable(key)) return `${path}/${key.toWellFormed().replaceAll('\u0000', '\\u0000')}`;
    const found = findUnstorableText((value as Record<string, unknown>)[key], `${path}/${key}`);
    if (found !== null) return found;
  }
  return null;
}

class UnstorableTextError extends Error {
  readonly statusCode = 400;
  readonly validation: FastifySchemaValidationError[];
  constructor(
    readonly validationContext: 'body' | 'querystring' | 'params',
    instancePath: string,
  ) {
    super(`${validationContext}${instancePath} ${UNSTORABLE_TEXT_MESSAGE}`);
    this.validation = [{ keyword: 'storableText', instancePath, schemaPath: '', params: {}, message: UNSTORABLE_TEXT_MESSAGE }];
  }
}

const check = (context: UnstorableTextError['validationContext'], value: unknown) => {
  const path = findUnstorableText(value);
  return path === null ? undefined : new UnstorableTextError(context, path);
};

/** The lines of an import's records whose fields hold unstorable text, each with the column it is in. */
function importLinesError(request: FastifyRequest) {
  const records = (request.body as { records?: unknown } | null)?.records;
  // Bodies first: `routeOptions` is built afresh at each read.
  if (!Array.isArray(records) || !request.routeOptions.config.importRecords) return undefined;
  const lines: { line: number; message: string }[] = [];
  for (const record of records as { line?: unknown; fields?: unknown }[]) {
    if (typeof record !== 'object' || record === null || !Number.isSafeInteger(record.line)) continue;
    const path = findUnstorableText(record.fields);
    if (path === null) continue;
    const column = path.split('/')[1] || 'the line';
    lines.push({ line: record.line as number, message: `${column} ${UNSTORABLE_TEXT_MESSAGE}` });
  }
  return lines.length ? badLinesError(lines) : undefined;
}

/** A callback-style hook: every request runs it, and a promise cost more than the check. */
export function registerStorableTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', (request, _reply, done) => {
    done(check('params', request.params) ?? check('querystring', request.query) ?? importLinesError(request) ?? check('body', request.body));
  });
}
