import assert from 'node:assert/strict';
import { test } from 'node:test';
import { currencyDecimals, money } from '../../web/shared/format.ts';

test('the web apps show money with its currency’s decimals: none for JPY, three for KWD', () => {
  assert.deepEqual(['JPY', 'USD', 'KWD', 'BHD'].map(currencyDecimals), [0, 2, 3, 3]);
  assert.equal(money(1000, 'JPY'), '1,000 JPY');
  assert.equal(money(12.5, 'KWD'), '12.500 KWD');
  assert.equal(money(0, 'KWD'), '0.000 KWD');
  assert.equal(money(241.25, 'USD'), '241.25 USD');
  assert.equal(money(5, 'USD'), '5.00 USD');
  // A code the browser does not know keeps two decimals.
  assert.equal(money(3, 'ZZZ'), '3.00 ZZZ');
});
