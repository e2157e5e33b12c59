import type { FastifyRequest } from 'fastify';
import { errors } from '../shared/errors.ts';
import { ClientScope } from '../auth/client-scope.ts';
import { needsCsrfToken, sessionCookieOf } from '../http/cookies.ts';
import { hasPermission, permissionDenied, type PortalPermission } from './portal-roles.ts';
import { PORTAL_COOKIE, type PortalSession, type PortalSessionsService } from './portal-sessions.service.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The portal session of the request (its cookie): set on signed-in portal routes, null elsewhere. */
    portalSession: PortalSession | null;
  }
  interface FastifyContextConfig {
    /**
     * What a signed-in portal route needs (portal-roles.ts), or null for what every signed-in user
     * may do (its own session). Every signed-in portal route names one (checked as it registers).
     */
    permission?: PortalPermission | null;
  }
}

/** The portal's maker of ClientScopes (client-scope.ts): a scope of the session's client. */
const scopeOfSession = ClientScope.claimFactory('portal-session');

/**
 * The onRequest hook of every signed-in portal route: the `prs_portal` cookie of a live session
 * (else 401), the session's X-CSRF-Token on every change (else 403 CSRF_FAILED), then the route's
 * permission for the user's role (else 403 PERMISSION_DENIED). The request then carries the
 * session and a ClientScope of its client, which every read of client data goes through: another
 * client's ids answer 404, as on the client API. An Authorization header opens nothing here.
 */
export function createPortalAuthenticate(sessions: PortalSessionsService) {
  return async function authenticatePortal(request: FastifyRequest): Promise<void> {
    const token = sessionCookieOf(request, PORTAL_COOKIE);
    const session = token ? await sessions.authenticate(token) : null;
    if (!session) {
      request.log.info({ reason: token ? 'no live portal session' : 'no portal session cookie' }, 'portal authentication refused');
      throw errors.unauthorized();
    }
    if (needsCsrfToken(request.method) && !sessions.csrfMatches(session, request.headers['x-csrf-token'])) {
      request.log.info({ userId: session.userId }, 'portal request refused: missing or invalid CSRF token');
      throw errors.csrfFailed();
    }
    const permission = request.routeOptions.config.permission;
    if (permission && !hasPermission(session.role, permission)) {
      request.log.info({ userId: session.userId, role: session.role, permission }, 'portal request refused: role lacks the permission');
      throw permissionDenied();
    }
    request.portalSession = session;
    request.clientScope = scopeOfSession(session.clientId);
  };
}

/** The request's portal session; a route that did not run the portal hook answers 401. */
export function portalSessionOf(request: FastifyRequest): PortalSession {
  if (!request.portalSession) throw errors.unauthorized();
  return request.portalSession;
}
