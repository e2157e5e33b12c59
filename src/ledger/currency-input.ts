import { errors } from '../shared/errors.ts';
import type { Executor } from '../infra/db/executor.ts';
import * as repo from './ledger.repository.ts';
import type { CurrencyRow } from './ledger.repository.ts';

/**
 * A currency named by an operator: its ISO 4217 code in any case ("usd") or its numeric id
 * (840, "840"). Unknown: 404 `Currency not found`; malformed: 400 validation.
 */
export async function resolveCurrency(
  db: Executor,
  input: string | number,
  field: string,
  options: { requireActive?: boolean } = {},
): Promise<CurrencyRow> {
  let currency: CurrencyRow | undefined;
  if (typeof input === 'number' || /^\s*\d{1,4}\s*$/.test(input)) {
    const id = Number(input);
    if (!Number.isInteger(id) || id < 1 || id > 999) throw invalid(field);
    currency = await repo.findCurrencyById(db, id);
  } else if (/^\s*[A-Za-z]{3}\s*$/.test(input)) {
    currency = await repo.findCurrencyByCode(db, input.trim());
  } else {
    throw invalid(field);
  }
  if (!currency) throw errors.notFound('Currency not found');
  if (options.requireActive && !currency.active) throw errors.badRequest(`Currency ${currency.code} is not active`);
  return currency;
}

function invalid(field: string) {
  return errors.validation(`Invalid ${field}: an ISO 4217 code (USD) or numeric id (840)`, [
    { field, message: 'must be an ISO 4217 code or numeric id' },
  ]);
}
