import { ApiError, setCsrfToken } from '../../shared/api.ts';

/** The operator's console session (POST|GET|DELETE /admin/v1/auth/session). */
export interface ConsoleSession {
  operator: { id: number; username: string };
  csrf_token: string;
  idle_expires_at: string;
  expires_at: string;
  totp_enabled: boolean;
}

export interface SignIn {
  username: string;
  password: string;
  totp_code?: string;
  recovery_code?: string;
}

async function sessionCall(method: 'GET' | 'POST' | 'DELETE', body?: SignIn): Promise<ConsoleSession | null> {
  let response: Response;
  try {
    response = await fetch('/admin/v1/auth/session', {
      method,
      credentials: 'same-origin',
      headers: {
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(method === 'DELETE' && currentCsrf ? { 'x-csrf-token': currentCsrf } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'The store could not be reached. Check the connection and try again.');
  }
  if (method === 'GET' && response.status === 401) return null;
  if (!response.ok) {
    const envelope = ((await response.json().catch(() => ({}))) as { error?: { code: string; message: string } }).error;
    throw new ApiError(response.status, envelope?.code ?? 'ERROR', envelope?.message ?? `The store answered ${response.status}`);
  }
  if (response.status === 204 || method === 'DELETE') return null;
  return (await response.json()) as ConsoleSession;
}

let currentCsrf: string | null = null;

function remember(session: ConsoleSession | null): ConsoleSession | null {
  currentCsrf = session?.csrf_token ?? null;
  setCsrfToken(currentCsrf);
  return session;
}

export const readSession = async () => remember(await sessionCall('GET'));
export const signIn = async (form: SignIn) => remember(await sessionCall('POST', form));
export async function signOut(): Promise<void> {
  await sessionCall('DELETE');
  remember(null);
}

export interface OwnSession {
  id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
  current: boolean;
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) {
    const envelope = ((await response.json().catch(() => ({}))) as { error?: { code: string; message: string } }).error;
    throw new ApiError(response.status, envelope?.code ?? 'ERROR', envelope?.message ?? `The store answered ${response.status}`);
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export const listSessions = async () => json<OwnSession[]>(await fetch('/admin/v1/auth/sessions', { credentials: 'same-origin' }));

export async function endSession(id: number): Promise<void> {
  await json(
    await fetch(`/admin/v1/auth/sessions/${id}`, {
      method: 'DELETE',
      credentials: 'same-origin',
      headers: currentCsrf ? { 'x-csrf-token': currentCsrf } : {},
    }),
  );
}
