import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { errors } from '../shared/errors.ts';

/** A path id (api.md 1.8): an integer 1 … 2,147,483,647, else 400 "Invalid <thing> ID". */
export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });

/**
 * Path ids are coerced to integers by the validator, which would also take "1e3", "0x10" or
 * " 7"; api.md 1.8 wants a plain integer. As a preValidation hook this refuses anything but
 * decimal digits with the route's `paramsMessage` (the range is left to the schema).
 */
export async function decimalPathId(request: FastifyRequest): Promise<void> {
  const id = (request.params as { id?: unknown } | undefined)?.id;
  if (id !== undefined && !(typeof id === 'string' && /^[0-9]{1,12}$/.test(id))) {
    throw errors.badRequest(request.routeOptions.config.paramsMessage ?? 'Invalid path parameter');
  }
}
