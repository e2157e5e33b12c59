import type { FastifyRequest } from 'fastify';
import { errors } from '../shared/errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Whose data a client route reads and writes: set by the authentication hook, null elsewhere. */
    clientScope: ClientScope | null;
  }
}

/** The hooks that make scopes: the client API's access tokens and the client portal's sessions. */
export type ScopeMaker = 'access-token' | 'portal-session';

/**
 * The authenticated client a request acts for. Every service and repository function that reads
 * or writes a client's data (orders, wallets, transactions, webhooks, events, quotes, the
 * client's catalog view) takes one as a required parameter and puts its id in the WHERE clause;
 * what may reach any client's rows is a separate function named for the operator
 * (`findOrderForOperator`, `listWalletsForOperator`, …). A client route therefore cannot pass a
 * bare number, nor reach another client's row without calling something named "operator".
 *
 * Opaque: the constructor is private and its factory is handed out once per process to each of
 * the two hooks that authenticate a client: the client API's (`src/auth/authenticate.ts`, after
 * every check of the access token passed) and the client portal's (`src/portal/portal-auth.ts`,
 * after the session cookie's). Nothing else can make one (tests obtain theirs through a hook).
 */
export class ClientScope {
  readonly #clientId: number;

  private constructor(clientId: number) {
    this.#clientId = clientId;
  }

  /** The client's id, for the WHERE clause (and the rows a client creates). */
  get clientId(): number {
    return this.#clientId;
  }

  static #unclaimed = new Set<ScopeMaker>(['access-token', 'portal-session']);

  /**
   * The factory, handed out once to each maker: the modules of the two authentication hooks take
   * it when they are loaded, so any later caller fails loudly instead of minting scopes of its own.
   */
  static claimFactory(maker: ScopeMaker): (clientId: number) => ClientScope {
    if (!ClientScope.#unclaimed.delete(maker)) throw new Error('ClientScope: the factory belongs to the authentication hooks');
    return (clientId) => new ClientScope(clientId);
  }
}

/** The request's scope; a route that did not run the authentication hook answers 401. */
export function scopeOf(request: FastifyRequest): ClientScope {
  const scope = request.clientScope;
  if (!scope) throw errors.unauthorized();
  return scope;
}
