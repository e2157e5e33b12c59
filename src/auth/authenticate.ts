import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { errors, type DomainError } from '../shared/errors.ts';
import type { AccessClaims, AccessTokenSigner } from './access-tokens.ts';
import type { ClientAuthCache, ClientAuthState } from './client-auth-cache.ts';
import { isAddressAllowed } from './ip-allowlist.ts';
import { ClientScope } from './client-scope.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook on every protected route. */
    client: ClientAuthState | null;
  }
}

/** The client API's maker of ClientScopes (see client-scope.ts). */
const scopeOfAuthenticated = ClientScope.claimFactory('access-token');

const BEARER = /^Bearer +([A-Za-z0-9\-_.~+/]+=*) *$/i;

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  return typeof header === 'string' ? (BEARER.exec(header)?.[1] ?? null) : null;
}

/** Every refusal is the same 401 to the caller; the reason goes to the log only. */
function refuse(request: FastifyRequest, reason: string, clientId?: number) {
  request.log.info({ reason, clientId }, 'authentication refused');
  return errors.unauthorized();
}

/** Null when the client's state lets the token through (the request then carries the client), else the error. */
function admit(request: FastifyRequest, claims: AccessClaims, state: ClientAuthState | null): DomainError | null {
  const { clientId, tokenVersion, familyId } = claims;
  if (!state) return refuse(request, 'unknown client', clientId);
  if (!state.active) return refuse(request, 'client inactive', clientId);
  if (state.tokenVersion !== tokenVersion) return refuse(request, 'token revoked (logout)', clientId);
  if (state.revokedFamilies.has(familyId)) return refuse(request, 'token family revoked', clientId);
  if (!isAddressAllowed(state.allowlist, request.ip)) {
    request.log.info({ clientId, ip: request.ip }, 'request refused: address not in allowlist');
    return errors.forbidden();
  }
  request.client = state;
  request.clientScope = scopeOfAuthenticated(state.clientId);
  return null;
}

/**
 * The authentication hook. As an onRequest hook it runs in Fastify's callback style: a token
 * verified before, of a client whose state is cached — nearly every request — is judged without
 * a promise; otherwise the signature is checked and the state loaded first. Called with the
 * request alone it returns a promise that rejects with the refusal.
 */
export interface Authenticate {
  (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void;
  (request: FastifyRequest): Promise<void>;
}

/**
 * The hook for every client route (api.md 1.2, 1.3): a valid access token of an active
 * client, not revoked, from an allowed address. All failures look the same to the caller.
 */
export function createAuthenticate(signer: AccessTokenSigner, cache: ClientAuthCache): Authenticate {
  async function verifyAndLoad(request: FastifyRequest, token: string): Promise<DomainError | null> {
    const verified = await signer.verify(token);
    if ('reason' in verified) return refuse(request, verified.reason);
    return admit(request, verified.claims, await cache.get(verified.claims.clientId));
  }

  function check(request: FastifyRequest): DomainError | null | Promise<DomainError | null> {
    const token = bearerToken(request);
    if (!token) return refuse(request, 'missing or malformed Authorization header');
    const claims = signer.remembered(token);
    const state = claims && cache.peek(claims.clientId);
    return claims && state !== undefined ? admit(request, claims, state) : verifyAndLoad(request, token);
  }

  function authenticate(request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction): void;
  function authenticate(request: FastifyRequest): Promise<void>;
  function authenticate(request: FastifyRequest, _reply?: FastifyReply, done?: HookHandlerDoneFunction): Promise<void> | void {
    const outcome = check(request);
    if (!done) {
      return Promise.resolve(outcome).then((error) => {
        if (error) throw error;
      });
    }
    if (outcome instanceof Promise) outcome.then((error) => done(error ?? undefined), done);
    else done(outcome ?? undefined);
  }
  return authenticate;
}
