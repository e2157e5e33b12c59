import type { FastifyRequest } from 'fastify';
import { errors } from '../shared/errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Whose data a client route reads and writes: set by the authentication hook, null elsewhere. */
    clientScope: ClientScope | null;
  }
}

/**
 * The authenticated client a request acts for. Every service and repository function that reads
 * or writes a client's data (orders, wallets, transactions, webhooks, events, quotes, the
 * client's catalog view) takes one as a required parameter and puts its id in the WHERE clause;
 * what may reach any client's rows is a separate function named for the operator
 * (`findOrderForOperator`, `listWalletsForOperator`, …). A client route therefore cannot pass a
 * bare number, nor reach another client's row without calling something named "operator".
 *
 * Opaque: the constructor is private and the only factory is claimed, once per process, by the
 * authentication hook (`src/auth/authenticate.ts`), which builds a scope after every check of
 * the access token passed. Nothing else can make one (tests obtain theirs through that hook).
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

  static #factory: ((clientId: number) => ClientScope) | null = (clientId) => new ClientScope(clientId);

  /**
   * The factory, handed out once: the authentication hook's module takes it when it is loaded,
   * so any later caller fails loudly instead of minting scopes of its own.
   */
  static claimFactory(): (clientId: number) => ClientScope {
    const factory = ClientScope.#factory;
    if (!factory) throw new Error('ClientScope: the factory belongs to the authentication hook');
    ClientScope.#factory = null;
    return factory;
  }
}

/** The request's scope; a route that did not run the authentication hook answers 401. */
export function scopeOf(request: FastifyRequest): ClientScope {
  const scope = request.clientScope;
  if (!scope) throw errors.unauthorized();
  return scope;
}
