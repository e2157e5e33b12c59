import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { errors } from '../http/errors.ts';
import { bearerToken } from '../auth/authenticate.ts';

declare module 'fastify' {
  interface FastifyRequest {
    operator: string | null;
  }
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Admin routes accept only operator tokens (ADMIN_TOKEN, or the local token the server keeps
 * in its data directory for the CLI); a client access token never opens them.
 */
export function createOperatorAuthenticate(tokens: { token: string; operator: string }[]) {
  const known = tokens.map(({ token, operator }) => ({ hash: digest(token), operator }));
  return async function authenticateOperator(request: FastifyRequest): Promise<void> {
    const presented = bearerToken(request);
    const hash = presented ? digest(presented) : null;
    const match = hash ? known.find((entry) => timingSafeEqual(entry.hash, hash)) : undefined;
    if (!match) {
      request.log.info('admin authentication refused');
      throw errors.unauthorized();
    }
    request.operator = match.operator;
  };
}
