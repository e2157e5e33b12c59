import { createRequire } from 'node:module';
import type { FastifySchemaCompiler, FastifyServerOptions } from 'fastify';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/*
 * Schemas are compiled on first use, not when their route is registered: a server has some
 * hundred routes (and a HEAD route beside each GET), each with schemas for its parameters, body
 * and answers, and compiling them all (Ajv, fast-json-stringify) took a large share of the time
 * to the first answer of /status, for routes most processes never serve (a CLI command answers
 * one). A route's first request pays for its own schemas, once (a few milliseconds).
 */

function makeAjv(coerceTypes: boolean | 'array') {
  // strictNumbers: a JSON number too large for a double (`1e309`) parses as Infinity, which is no number a field takes.
  const ajv = new Ajv({ coerceTypes, useDefaults: true, removeAdditional: false, allErrors: false, strict: false, strictNumbers: true });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  return ajv;
}

/**
 * JSON bodies are validated as sent (a number is not a string); query strings and path
 * parameters are text on the wire, so they are coerced to the declared types.
 */
export function createValidatorCompiler(): FastifySchemaCompiler<unknown> {
  let strictAjv: Ajv | undefined;
  let coercingAjv: Ajv | undefined;
  return ({ schema, httpPart }) => {
    let compiled: ValidateFunction | undefined;
    // Fastify reads the errors of a failed validation from the function it was given.
    const validate = Object.assign(
      (data: unknown) => {
        compiled ??=
          httpPart === 'body'
            ? (strictAjv ??= makeAjv(false)).compile(schema as object)
            : (coercingAjv ??= makeAjv('array')).compile(schema as object);
        const valid = compiled(data);
        validate.errors = compiled.errors;
        return valid;
      },
      { errors: null as ValidateFunction['errors'] },
    );
    return validate as ReturnType<FastifySchemaCompiler<unknown>>;
  };
}

type SerializerFactory = NonNullable<NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>['buildSerializer']>;

/**
 * Fastify's own response serializers (fast-json-stringify, through the factory Fastify uses by
 * default, resolved as Fastify resolves it), each compiled on its first response.
 */
export function createSerializerFactory(): SerializerFactory {
  const fastifyDefault = (createRequire(import.meta.resolve('fastify'))('@fastify/fast-json-stringify-compiler') as () => SerializerFactory)();
  return (externalSchemas, options) => {
    const compile = fastifyDefault(externalSchemas, options);
    return (route) => {
      let serialize: ((data: unknown) => string) | undefined;
      return (data: unknown) => (serialize ??= compile(route))(data);
    };
  };
}
