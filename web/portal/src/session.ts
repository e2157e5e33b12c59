import { ApiError, callJson, setCsrfToken } from '../../shared/api.ts';

/** A person of a client signed in to the portal (POST|GET|DELETE /portal/v1/session); the cookie is httpOnly. */
export interface PortalSession {
  user: { id: number; email: string; role: string; client_id: number; client_name: string };
  csrf_token: string;
  idle_expires_at: string;
  expires_at: string;
}

export const SESSION_QUERY = ['portal-session'] as const;

function remember(session: PortalSession | null): PortalSession | null {
  setCsrfToken(session?.csrf_token ?? null);
  return session;
}

export async function readSession(): Promise<PortalSession | null> {
  try {
    return remember(await callJson<PortalSession>('GET', '/portal/v1/session'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return remember(null);
    throw error;
  }
}

export const signIn = async (form: { email: string; password: string; totp_code?: string }) =>
  remember(await callJson<PortalSession>('POST', '/portal/v1/session', form));

export async function signOut(): Promise<void> {
  await callJson('DELETE', '/portal/v1/session');
  remember(null);
}

export const acceptInvitation = (token: string, password: string) => callJson('POST', '/portal/v1/invitations/accept', { token, password });
