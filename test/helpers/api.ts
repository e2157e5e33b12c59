import { randomUUID } from 'node:crypto';
import type { FastifyRequest, LightMyRequestResponse } from 'fastify';
import { createAuthenticate } from '../../src/auth/authenticate.ts';
import type { ClientScope } from '../../src/auth/client-scope.ts';
import type { CreateClientInput } from '../../src/clients/clients.schemas.ts';
import type { TestStore } from './store.ts';

export interface Credentials {
  client_id: number;
  username: string;
  password: string;
}

export interface Tokens {
  access_token: string;
  refresh_token: string;
  access_expires_at: string;
  refresh_expires_at: string;
  client_id: number;
}

export async function createClient(store: TestStore, options: Partial<CreateClientInput> = {}): Promise<Credentials> {
  return store.container.clients.createClient({ name: options.name ?? 'Test client', ...options });
}

export function login(store: TestStore, credentials: { username: string; password: string }, ip = '127.0.0.1') {
  return store.app.inject({
    method: 'POST',
    url: '/auth/login',
    remoteAddress: ip,
    payload: { username: credentials.username, password: credentials.password },
  });
}

export async function loginOk(store: TestStore, credentials: Credentials, ip = '127.0.0.1'): Promise<Tokens> {
  const response = await login(store, credentials, ip);
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  return response.json().data as Tokens;
}

export function refresh(store: TestStore, refreshToken: unknown, ip = '127.0.0.1') {
  return store.app.inject({ method: 'POST', url: '/auth/refresh', remoteAddress: ip, payload: { refresh_token: refreshToken } });
}

export function logout(store: TestStore, accessToken: string, ip = '127.0.0.1') {
  return store.app.inject({
    method: 'POST',
    url: '/auth/logout',
    remoteAddress: ip,
    headers: { authorization: `Bearer ${accessToken}` },
  });
}

export function errorOf(response: LightMyRequestResponse) {
  return (response.json() as { error: { name: string; code: string; message: string; details?: { field: string; message: string }[] } }).error;
}

export const UNAUTHORIZED = { name: 'UnauthorizedError', code: 'UNAUTHORIZED', message: 'Authentication required' };

export function probe(store: TestStore, accessToken: string, ip = '127.0.0.1', headers: Record<string, string> = {}) {
  return store.app.inject({
    method: 'GET',
    url: '/api/v1/__probe',
    remoteAddress: ip,
    headers: { authorization: `Bearer ${accessToken}`, ...headers },
  });
}

/**
 * The ClientScope the authentication hook gives a request of this client, for tests that call a
 * service directly: a fresh access token of the client passed through the hook
 * (`createAuthenticate`, the only maker of scopes), as `app.authenticate` would.
 */
export async function clientScope(store: Pick<TestStore, 'container'>, clientId: number): Promise<ClientScope> {
  const { signer, authCache } = store.container;
  const state = await authCache.get(clientId);
  if (!state) throw new Error(`no client ${clientId}`);
  const { token } = await signer.sign({ clientId, tokenVersion: state.tokenVersion, familyId: randomUUID() });
  const request = {
    headers: { authorization: `Bearer ${token}` },
    ip: '127.0.0.1',
    log: { info() {} },
    client: null,
    clientScope: null,
  } as unknown as FastifyRequest;
  await createAuthenticate(signer, authCache)(request);
  if (!request.clientScope) throw new Error(`client ${clientId} was not authenticated`);
  return request.clientScope;
}
