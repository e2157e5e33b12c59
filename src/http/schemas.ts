import { Type, type TSchema } from 'typebox';

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      name: Type.String(),
      code: Type.String(),
      message: Type.String(),
      details: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
    }),
  },
  { $id: 'ErrorResponse', description: 'The error envelope' },
);

export const Timestamp = Type.String({ format: 'date-time', description: 'RFC 3339 UTC, second precision' });

/** The answer of a 204. */
export const NoContent = Type.Null({ description: 'Done' });

/** `{"success": true, "data": …}` — the envelope of the /auth endpoints. */
export function successEnvelope<T extends TSchema>(data: T) {
  return Type.Object({ success: Type.Literal(true), data });
}

export const ErrorResponseRef = Type.Unsafe<{ error: { name: string; code: string; message: string } }>(Type.Ref('ErrorResponse'));

/** Error responses a route documents, e.g. `errorResponses(400, 401)`. */
export function errorResponses(...statuses: number[]): Record<number, typeof ErrorResponseRef> {
  return Object.fromEntries(statuses.map((status) => [status, ErrorResponseRef]));
}

/** One route schema used by two routes (activate and deactivate), each with its own summary. */
export function withSummary<S extends object>(schema: S, summary: string): S & { summary: string } {
  return { ...schema, summary };
}
