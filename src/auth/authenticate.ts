import type { FastifyRequest } from 'fastify';
import { errors } from '../shared/errors.ts';
import type { AccessTokenSigner } from './access-tokens.ts';
import type { ClientAuthCache, ClientAuthState } from './client-auth-cache.ts';
import { isAddressAllowed } from './ip-allowlist.ts';
import { ClientScope } from './client-scope.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook on every protected route. */
    client: ClientAuthState | null;
  }
}

/** The only maker of ClientScopes in the process (see client-scope.ts). */
const scopeOfAuthenticated = ClientScope.claimFactory();

const BEARER = /^Bearer +([A-Za-z0-9\-_.~+/]+=*) *$/i;

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  return typeof header === 'string' ? (BEARER.exec(header)?.[1] ?? null) : null;
}

/**
 * The hook for every client route (api.md 1.2, 1.3): a valid access token of an active
 * client, not revoked, from an allowed address. All failures look the same to the caller.
 */
function refuse(request: FastifyRequest, reason: string, clientId?: number) {
  request.log.info({ reason, clientId }, 'authentication refused');
  return errors.unauthorized();
}

export function createAuthenticate(signer: AccessTokenSigner, cache: ClientAuthCache) {
  return async function authenticate(request: FastifyRequest): Promise<void> {
    const token = bearerToken(request);
    if (!token) throw refuse(request, 'missing or malformed Authorization header');
    const verified = await signer.verify(token);
    if ('reason' in verified) throw refuse(request, verified.reason);
    const { clientId, tokenVersion, familyId } = verified.claims;
    const state = await cache.get(clientId);
    if (!state) throw refuse(request, 'unknown client', clientId);
    if (!state.active) throw refuse(request, 'client inactive', clientId);
    if (state.tokenVersion !== tokenVersion) throw refuse(request, 'token revoked (logout)', clientId);
    if (state.revokedFamilies.has(familyId)) throw refuse(request, 'token family revoked', clientId);
    if (!isAddressAllowed(state.allowlist, request.ip)) {
      request.log.info({ clientId, ip: request.ip }, 'request refused: address not in allowlist');
      throw errors.forbidden();
    }
    request.client = state;
    request.clientScope = scopeOfAuthenticated(state.clientId);
  };
}
