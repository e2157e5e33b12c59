import { adminApi, ApiError, setCsrfToken, unwrap } from '../../shared/api.ts';
import type { components } from '../../shared/generated/admin-api.ts';

/** The operator's console session (POST|GET|DELETE /admin/v1/auth/session): the cookie is httpOnly, the CSRF token is kept here. */
export type ConsoleSession = components['schemas']['ConsoleSession'];
export type OwnSession = components['schemas']['OperatorSession'];

export interface SignIn {
  username: string;
  password: string;
  totp_code?: string;
  recovery_code?: string;
}

function remember(session: ConsoleSession | null): ConsoleSession | null {
  setCsrfToken(session?.csrf_token ?? null);
  return session;
}

/** The live session, or null when there is none (401). */
export async function readSession(): Promise<ConsoleSession | null> {
  try {
    return remember(await unwrap(adminApi.GET('/admin/v1/auth/session')));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return remember(null);
    throw error;
  }
}

export const signIn = async (form: SignIn) => remember(await unwrap(adminApi.POST('/admin/v1/auth/session', { body: form })));

export async function signOut(): Promise<void> {
  await unwrap(adminApi.DELETE('/admin/v1/auth/session'));
  remember(null);
}

export const listSessions = () => unwrap(adminApi.GET('/admin/v1/auth/sessions'));

export async function endSession(id: number): Promise<void> {
  await unwrap(adminApi.DELETE('/admin/v1/auth/sessions/{id}', { params: { path: { id } } }));
}

/** The query that holds the session (null when signed out). */
export const SESSION_QUERY = ['session'] as const;
