import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countrySeeds, currencySeeds, dialingPrefix } from '../../src/infra/db/migrations/002_reference_data.ts';

describe('reference seed data (from world-countries and currency-codes)', () => {
  test('dialling prefixes follow the documented rule', () => {
    const byAlpha2 = new Map(countrySeeds().map((c) => [c.alpha_2, c.dialing_prefix]));
    const expected: Record<string, string | null> = {
      US: '+1', // many area codes under +1
      CA: '+1',
      DO: '+1',
      PR: '+1',
      RU: '+7',
      KZ: '+7',
      GB: '+44',
      FR: '+33',
      IN: '+91',
      AI: '+1264', // one area code: as the data publishes it
      SH: '+290', // several suffixes outside +1/+7: the first shortest one
      VA: '+379',
      EH: '+212',
      AQ: null, // no dialling code at all
    };
    for (const [alpha2, prefix] of Object.entries(expected)) assert.equal(byAlpha2.get(alpha2), prefix, alpha2);
    assert.equal(dialingPrefix(undefined), null);
    assert.equal(dialingPrefix({ root: '+4', suffixes: [] }), '+4');
  });

  test('countries: 249 ISO 3166-1 entries with unique codes; ids are the numeric codes', () => {
    const countries = countrySeeds();
    assert.equal(countries.length, 249);
    for (const key of ['id', 'alpha_2', 'alpha_3', 'numeric_code'] as const) {
      assert.equal(new Set(countries.map((c) => c[key])).size, 249, key);
    }
    for (const country of countries) {
      assert.equal(country.id, Number(country.numeric_code));
      assert.ok(country.name && country.official_name, country.alpha_2);
    }
  });

  test('currencies: ISO 4217 codes with a minor unit; ids are the numeric codes', () => {
    const currencies = currencySeeds();
    const byCode = new Map(currencies.map((c) => [c.code, c]));
    assert.deepEqual(byCode.get('USD'), { id: 840, code: 'USD', name: 'US Dollar', numeric_code: '840', minor_units: 2 });
    assert.equal(byCode.get('JPY')!.minor_units, 0);
    assert.equal(byCode.get('KWD')!.minor_units, 3);
    assert.equal(byCode.get('CLF')!.minor_units, 4);
    for (const code of ['XAU', 'XAG', 'XDR', 'XTS', 'XXX', 'XBA', 'XSU', 'XUA']) assert.equal(byCode.get(code), undefined, code);
    assert.ok(byCode.get('XOF') && byCode.get('XAF') && byCode.get('XCD'), 'real X-currencies stay');
    assert.equal(new Set(currencies.map((c) => c.id)).size, currencies.length);
  });
});
