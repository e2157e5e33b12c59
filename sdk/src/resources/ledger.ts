import { Listing, type Api, type CallOptions } from '../api.js';
import type { Id, Transaction, Wallet } from '../types.js';

export class Wallets extends Listing<'/api/v1/wallets'> {
  constructor(api: Api) {
    super(api, '/api/v1/wallets');
  }

  get(id: Id, options: CallOptions = {}): Promise<Wallet> {
    return this.api.data('get', '/api/v1/wallets/{id}', { params: { id }, ...options });
  }
}

export class Transactions extends Listing<'/api/v1/transactions'> {
  constructor(api: Api) {
    super(api, '/api/v1/transactions');
  }

  get(id: Id, options: CallOptions = {}): Promise<Transaction> {
    return this.api.data('get', '/api/v1/transactions/{id}', { params: { id }, ...options });
  }
}
