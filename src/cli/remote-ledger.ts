import type { FxAdministration, FxRateView, SetFxRateInput } from '../ledger/fx.service.ts';
import type { LedgerAdministration, ReconciliationReport } from '../ledger/reconcile.ts';
import type { AdminTransactionView, AdminWalletView } from '../ledger/views.ts';
import type { CreateWalletInput, WalletAdjustment, WalletAdministration } from '../ledger/wallets.service.ts';
import { adminCall, queryString as query } from './admin-http.ts';

/** Wallets through the admin HTTP API of a running server; amounts travel as given (text). */
export class RemoteWalletAdministration implements WalletAdministration {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private call<T>(method: string, path: string, body?: unknown): Promise<T> {
    return adminCall(this.baseUrl, this.token, method, path, body);
  }

  createWallet(input: CreateWalletInput): Promise<AdminWalletView> {
    return this.call('POST', '/wallets', {
      client_id: input.clientId,
      currency: input.currency,
      type: input.type,
      credit_limit: input.creditLimit,
    });
  }
  listWallets(filter: { clientId?: number } = {}): Promise<AdminWalletView[]> {
    return this.call('GET', `/wallets${query({ client_id: filter.clientId })}`);
  }
  getWallet(walletId: number): Promise<AdminWalletView> {
    return this.call('GET', `/wallets/${walletId}`);
  }
  creditWallet(walletId: number, adjustment: WalletAdjustment): Promise<AdminTransactionView> {
    return this.call('POST', `/wallets/${walletId}/credit`, adjustment);
  }
  debitWallet(walletId: number, adjustment: WalletAdjustment): Promise<AdminTransactionView> {
    return this.call('POST', `/wallets/${walletId}/debit`, adjustment);
  }
  listWalletTransactions(walletId: number, options: { limit?: number } = {}): Promise<AdminTransactionView[]> {
    return this.call('GET', `/wallets/${walletId}/transactions${query({ limit: options.limit })}`);
  }
}

export class RemoteFxAdministration implements FxAdministration {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  setFxRate(input: SetFxRateInput): Promise<FxRateView> {
    return adminCall(this.baseUrl, this.token, 'POST', '/fx-rates', {
      source_currency: input.source,
      destination_currency: input.destination,
      rate: input.rate,
      conversion_fee: input.conversionFee,
      valid_from: input.validFrom,
      valid_to: input.validTo,
    });
  }
  listFxRates(filter: { source?: string; destination?: string } = {}): Promise<FxRateView[]> {
    return adminCall(
      this.baseUrl,
      this.token,
      'GET',
      `/fx-rates${query({ source_currency: filter.source, destination_currency: filter.destination })}`,
    );
  }
}

export class RemoteLedgerAdministration implements LedgerAdministration {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  reconcile(): Promise<ReconciliationReport> {
    return adminCall(this.baseUrl, this.token, 'GET', '/ledger/reconciliation');
  }
}
