import { ApiError, csrfHeader, portalApi, setCsrfToken, unwrap } from '../../shared/api.ts';
import type { components } from '../../shared/generated/portal-api.ts';

/** A person of a client signed in to the portal: the cookie is httpOnly, the CSRF token is kept here. */
export type PortalSession = components['schemas']['PortalSession'];

export const SESSION_QUERY = ['portal-session'] as const;

function remember(session: PortalSession | null): PortalSession | null {
  setCsrfToken(session?.csrf_token ?? null);
  return session;
}

export async function readSession(): Promise<PortalSession | null> {
  try {
    return remember(await unwrap(portalApi.GET('/portal/v1/session')));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return remember(null);
    throw error;
  }
}

export const signIn = async (form: { email: string; password: string; totp_code?: string; recovery_code?: string }) =>
  remember(await unwrap(portalApi.POST('/portal/v1/session', { body: form })));

export async function signOut(): Promise<void> {
  await unwrap(portalApi.DELETE('/portal/v1/session', { params: { header: csrfHeader() } }));
  remember(null);
}

/** Accepting an invitation signs the person in. */
export const acceptInvitation = async (token: string, password: string) =>
  remember(await unwrap(portalApi.POST('/portal/v1/invitations/accept', { body: { token, password } })));

/** Whether the signed-in person's role allows something (docs/portal.md); the server checks it again. */
export const can = (session: PortalSession, permission: string) => session.permissions.includes(permission);
