import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError } from '../../src/shared/errors.ts';
import { parseListRequest, parseSort } from '../../src/http/pagination.ts';
import { pageMeta, paginate } from '../../src/shared/pages.ts';
import { SandboxSupplier } from '../../src/suppliers/sandbox.ts';
import { SupplierRegistry } from '../../src/suppliers/registry.ts';
import { compareDecimal, decimalPlaces, formatDecimal, parseDecimal, roundHalfUp, toJsonNumber } from '../../src/money/decimal.ts';

const FIELDS = ['id', 'name', 'category'] as const;
const DEFAULT = { field: 'id', direction: 'DESC' } as const;

function invalid(run: () => unknown) {
  assert.throws(
    run,
    (error: unknown) => error instanceof DomainError && error.kind === 'bad_request' && error.message === 'Invalid query parameters',
  );
}

describe('pagination helper (api.md 1.7)', () => {
  test('page and limit: defaults, bounds, digits only', () => {
    assert.deepEqual(parseListRequest({}, { sortFields: FIELDS, defaultSort: DEFAULT }), { page: 1, limit: 50, offset: 0, sort: DEFAULT });
    assert.deepEqual(parseListRequest({ page: '3', limit: '20' }, { sortFields: FIELDS, defaultSort: DEFAULT }).offset, 40);
    assert.equal(parseListRequest({ limit: '10000' }, { sortFields: FIELDS, defaultSort: DEFAULT }).limit, 10000);
    for (const query of [
      { limit: '0' },
      { limit: '10001' },
      { limit: '1.5' },
      { limit: ' 1' },
      { page: '0' },
      { page: '2147483648' },
      { page: '' },
    ]) {
      invalid(() => parseListRequest(query, { sortFields: FIELDS, defaultSort: DEFAULT }));
    }
  });

  test('sort: JSON object, case-insensitive keys, or sort_by/sort_dir; a fixed-order list ignores them', () => {
    assert.deepEqual(parseSort({ sort: '{"Field":"NAME","Direction":"desc"}' }, FIELDS, DEFAULT), { field: 'name', direction: 'DESC' });
    assert.deepEqual(parseSort({ sort_by: 'category' }, FIELDS, DEFAULT), { field: 'category', direction: 'ASC' });
    assert.deepEqual(parseSort({ sort_dir: 'asc' }, FIELDS, DEFAULT), { field: 'id', direction: 'ASC' });
    assert.deepEqual(parseSort({ sort: '' }, FIELDS, DEFAULT), DEFAULT);
    invalid(() => parseSort({ sort: '{"field":"amount"}' }, FIELDS, DEFAULT));
    invalid(() => parseSort({ sort: '{"field":"id","FIELD":"id"}' }, FIELDS, DEFAULT));
    const fixed = parseListRequest({ sort: 'not even json', sort_by: 'x' }, { sortFields: null, defaultSort: DEFAULT });
    assert.deepEqual(fixed.sort, DEFAULT);
  });

  test('page facts', () => {
    assert.deepEqual(pageMeta({ page: 1, limit: 50, offset: 0 }, 0, 0), { page: 1, limit: 50, total: 0, totalPages: 0, pageSize: 0, hasMore: false });
    const { items, meta } = paginate([1, 2, 3, 4, 5], { page: 2, limit: 2, offset: 2 });
    assert.deepEqual(items, [3, 4]);
    assert.deepEqual(meta, { page: 2, limit: 2, total: 5, totalPages: 3, pageSize: 2, hasMore: true });
  });
});

describe('exact decimals', () => {
  test('parse numbers and text without binary floating point', () => {
    const d = (value: string | number) => parseDecimal(value)!;
    assert.equal(formatDecimal(d(0.1), 2), '0.10');
    assert.equal(compareDecimal(d('10.5000'), d(10.5)), 0);
    assert.equal(compareDecimal(d(10.005), d('10.005')), 0);
    assert.equal(decimalPlaces(d('10.5000')), 1);
    assert.equal(decimalPlaces(d(1e-7)), 7);
    assert.equal(formatDecimal(d(1e21), 0), '1000000000000000000000');
    for (const bad of ['', '.', 'abc', '1e', '--1', 'Infinity', Number.NaN, Number.POSITIVE_INFINITY, '1e9999']) {
      assert.equal(parseDecimal(bad as string | number), null, String(bad));
    }
  });

  test('half-up rounding (api.md 4.4 worked example) and JSON numbers', () => {
    const d = (value: string) => parseDecimal(value)!;
    assert.equal(formatDecimal(d('8.745'), 2), '8.75');
    assert.equal(formatDecimal(d('8.744999'), 2), '8.74');
    assert.equal(formatDecimal(d('-0.125'), 2), '-0.13');
    assert.equal(formatDecimal(roundHalfUp(d('282.2625'), 2), 2), '282.26');
    assert.equal(toJsonNumber(d('241.2500'), 2), 241.25);
    assert.equal(toJsonNumber(d('10.0000'), 0), 10);
    assert.equal(JSON.stringify(toJsonNumber(d('0.1'), 3)), '0.1');
  });
});

describe('fulfilment: the sandbox supplier', () => {
  test('can always deliver up to 5000 per order', async () => {
    const registry = SupplierRegistry.withDefaults();
    const sandbox = registry.get('sandbox')!;
    assert.ok(sandbox instanceof SandboxSupplier, 'sandbox instanceof SandboxSupplier');
    assert.equal(await sandbox.capacity({ productId: 1, denomination: '25.00', quantity: 1 }), true);
    assert.equal(await sandbox.capacity({ productId: 1, denomination: '25.00', quantity: 5000 }), true);
    assert.equal(await sandbox.capacity({ productId: 1, denomination: '25.00', quantity: 5001 }), false);
    assert.equal(await sandbox.capacity({ productId: 1, denomination: '25.00', quantity: 0 }), false);
    assert.deepEqual(registry.names(), ['sandbox']);
    assert.equal(registry.get('inventory'), undefined);
    assert.throws(() => registry.register(new SandboxSupplier()));
  });
});
