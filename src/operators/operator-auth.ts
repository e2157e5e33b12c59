import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { errors } from '../shared/errors.ts';
import { bearerToken } from '../auth/authenticate.ts';
import type { OperatorAuthCache, OperatorTokenSigner } from './operator-tokens.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is acting on an admin route: an operator username, `admin-token` or `local-cli`. */
    operator: string | null;
    /** The operator account behind the request; null for the static tokens. */
    operatorId: number | null;
    /** Who audit entries name for this request: `operator:<operator>`, or a static token's own actor. */
    operatorActor: string | null;
  }
}

const digest = (value: string) => createHash('sha256').update(value).digest();

export interface StaticOperatorToken {
  token: string;
  /** Who is acting (`request.operator`); audit entries carry `operator:<name>`. */
  operator: string;
  /** What audit entries carry instead of `operator:<name>` (the CLI working in-process: `cli`). */
  actor?: string;
}

type Verdict = { operator: string; operatorId: number | null; actor: string } | { reason: string };

/**
 * Everything that opens an admin route: the static tokens (ADMIN_TOKEN, the local token the
 * server keeps in its data directory for the CLI) and the JWTs of active operator accounts.
 * Operator tokens are checked against a per-process cache of the account (active, token
 * version), invalidated through the bus: no database round trip per request.
 */
export class OperatorTokens {
  private readonly known: { hash: Buffer; operator: string; actor: string }[];

  constructor(
    staticTokens: StaticOperatorToken[],
    private readonly signer: OperatorTokenSigner,
    private readonly cache: OperatorAuthCache,
  ) {
    this.known = staticTokens.map(({ token, operator, actor }) => ({ hash: digest(token), operator, actor: actor ?? `operator:${operator}` }));
  }

  async verify(presented: string): Promise<Verdict> {
    const hash = digest(presented);
    const match = this.known.find((entry) => timingSafeEqual(entry.hash, hash));
    if (match) return { operator: match.operator, operatorId: null, actor: match.actor };
    const verified = await this.signer.verify(presented);
    if ('reason' in verified) return verified;
    const { operatorId, tokenVersion } = verified.claims;
    const state = await this.cache.get(operatorId);
    if (!state) return { reason: 'unknown operator' };
    if (!state.active) return { reason: 'operator inactive' };
    if (state.tokenVersion !== tokenVersion) return { reason: 'token revoked' };
    return { operator: state.username, operatorId, actor: `operator:${state.username}` };
  }
}

/**
 * The onRequest hook of every admin route: a static admin token or an operator token; a
 * client access token never opens them (and an operator token opens no client route).
 */
export function createOperatorAuthenticate(tokens: OperatorTokens) {
  return async function authenticateOperator(request: FastifyRequest): Promise<void> {
    const presented = bearerToken(request);
    const verdict: Verdict = presented ? await tokens.verify(presented) : { reason: 'missing or malformed Authorization header' };
    if ('reason' in verdict) {
      request.log.info({ reason: verdict.reason }, 'admin authentication refused');
      throw errors.unauthorized();
    }
    request.operator = verdict.operator;
    request.operatorId = verdict.operatorId;
    request.operatorActor = verdict.actor;
  };
}
