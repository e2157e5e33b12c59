import type { FastifyRequest } from 'fastify';
import { toRfc3339 } from '../shared/dates.ts';
import { sessionViewFieldsOf } from '../http/session-schemas.ts';
import type { ClientUserRecord, RequestContext } from './client-users.service.ts';
import { PORTAL_PERMISSIONS } from './portal-roles.ts';
import type { PortalSession } from './portal-sessions.service.ts';

/** A client user on the wire (the portal's team and the operator's list). */
export function clientUserView(user: ClientUserRecord) {
  return {
    id: user.id,
    client_id: user.client_id,
    email: user.email,
    role: user.role,
    active: user.active,
    status: !user.active ? ('inactive' as const) : user.has_password ? ('active' as const) : ('invited' as const),
    totp_enabled: user.totp_enabled,
    invited_by: user.invited_by,
    invitation_expires_at: !user.has_password && user.invitation_expires_at ? toRfc3339(user.invitation_expires_at) : null,
    created_at: toRfc3339(user.created_at),
    updated_at: toRfc3339(user.updated_at),
  };
}

export function portalSessionView(session: PortalSession) {
  return {
    user: { id: session.userId, email: session.email, role: session.role, client_id: session.clientId, client_name: session.clientName },
    permissions: [...PORTAL_PERMISSIONS[session.role]],
    ...sessionViewFieldsOf(session),
  };
}

/** Where a request comes from: its address, user agent and origin (the base of e-mailed links without PUBLIC_URL). */
export function contextOf(request: FastifyRequest): RequestContext {
  const userAgent = request.headers['user-agent'];
  return { ip: request.ip, userAgent: typeof userAgent === 'string' ? userAgent : null, origin: `${request.protocol}://${request.host}` };
}
