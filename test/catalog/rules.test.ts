import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rangeValues } from '../../src/catalog/catalog.rules.ts';
import { DomainError } from '../../src/shared/errors.ts';

const currency = (code: string, minorUnits: number) => ({ id: 1, code, name: code, numeric_code: '001', minor_units: minorUnits, active: true });
const KWD = currency('KWD', 3);
const USD = currency('USD', 2);

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof DomainError, String(error));
    return error.message;
  }
  assert.fail('no error');
}

test('a face value is one an order may name: from 0.01 to 1,000,000,000, in the currency’s decimals', () => {
  // A KWD 0.005 voucher has the currency's decimals but no order could name it.
  assert.equal(
    messageOf(() => rangeValues({ min_value: 0.005, max_value: 0.005 }, KWD)),
    'min_value must be at least 0.01',
  );
  assert.equal(
    messageOf(() => rangeValues({ min_value: '0.009', max_value: 10 }, KWD)),
    'min_value must be at least 0.01',
  );
  assert.equal(
    messageOf(() => rangeValues({ min_value: 1, max_value: 1_000_000_000.01 }, USD)),
    'max_value must be at most 1000000000',
  );
  assert.equal(
    messageOf(() => rangeValues({ min_value: 0.001, max_value: 1 }, USD)),
    'min_value has more decimal places than USD allows (2)',
  );
  const edges = rangeValues({ min_value: 0.01, max_value: 1_000_000_000 }, KWD);
  assert.deepEqual([edges.min_value, edges.max_value], ['0.010', '1000000000.000']);
});
