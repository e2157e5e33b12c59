import type { CreateWalletInput } from '../../src/ledger/wallets.schemas.ts';
import type { AdminTransactionView, AdminWalletView } from '../../src/ledger/views.ts';
import type { TestStore } from './store.ts';

/** Shared by the wallet tests: the operator token their stores are started with. */
export const ADMIN_TOKEN = 'wallets-admin-token-0123456789abcdef-xyz';

export function admin(store: TestStore, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object, token = ADMIN_TOKEN) {
  return store.app.inject({
    method,
    url: `/admin/v1${url}`,
    headers: { authorization: `Bearer ${token}` },
    ...(payload ? { payload } : {}),
  });
}

export function clientGet(store: TestStore, url: string, token: string) {
  return store.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
}

/** A wallet made through the operator's service, as the admin API would. */
export function createWallet(
  store: TestStore,
  clientId: number,
  currency: string,
  options: Pick<CreateWalletInput, 'type' | 'credit_limit'> = {},
): Promise<AdminWalletView> {
  return store.container.wallets.createWallet({ client_id: clientId, currency, ...options });
}

export function topUp(store: TestStore, walletId: number, amount: string, remarks?: string): Promise<AdminTransactionView> {
  return store.container.wallets.creditWallet(walletId, { amount, remarks });
}

export const badRequest = (message: string) => ({ name: 'BadRequestError', code: 'BAD_REQUEST', message });
export const notFound = (message: string) => ({ name: 'NotFoundError', code: 'NOT_FOUND', message });
export const INVALID_QUERY = badRequest('Invalid query parameters');
export const INSUFFICIENT_FUNDS = { name: 'BadRequestError', code: 'INSUFFICIENT_FUNDS', message: 'Insufficient wallet balance' };

/** Path ids that are not a plain integer in 1 … 2,147,483,647 (api.md 1.8). */
export const BAD_IDS = ['abc', '0', '-1', '1.5', '1e3', '0x10', '2147483648', '12345678901234567890'];
