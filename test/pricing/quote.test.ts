import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { clientScope, createClient, errorOf as fullError, loginOk, UNAUTHORIZED } from '../helpers/api.ts';
import { ENGINES, startTestStore, twoStoresOnPostgres, type TestStore } from '../helpers/store.ts';
import { ADMIN_TOKEN, createWallet, topUp } from '../helpers/wallets.ts';
import { BAD_IDS, badRequest, GBP, GBR, INVALID_FEATURE, KWD, notFound, post, seedCatalog, USD, type Catalog } from '../catalog/fixtures.ts';
import { debitWallet } from '../../src/ledger/ledger.ts';
import type { QuoteView } from '../../src/pricing/quote.service.ts';
import { publishClientTermsChange } from '../../src/pricing/quote-context.ts';
import type { ClientFeature } from '../../src/clients/features.ts';

const KWT = 414;

const CHARGES_VALIDATION = {
  name: 'ValidationException',
  code: 'VALIDATION_FAILURE',
  message: 'denomination must be a number from 0.01 to 1000000000, quantity an integer of at least 1, and wallet_id (optional) a wallet ID',
};

/** The error without its `details`. */
function errorOf(response: Parameters<typeof fullError>[0]) {
  const { details: _details, ...error } = fullError(response) as ReturnType<typeof fullError> & { details?: unknown };
  return error;
}

function adminCall(store: TestStore, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object, token = ADMIN_TOKEN) {
  return store.app.inject({
    method,
    url: `/admin/v1${url}`,
    headers: { authorization: `Bearer ${token}` },
    ...(payload ? { payload } : {}),
  });
}

interface Actor {
  clientId: number;
  token: string;
}

async function newClient(store: TestStore, features: ClientFeature[] = ['vouchers']): Promise<Actor> {
  const credentials = await createClient(store, { features });
  return { clientId: credentials.client_id, token: (await loginOk(store, credentials)).access_token };
}

/** The view with no FX, in one currency. */
function sameCurrency(
  currency: string,
  amounts: { total: number; discount: number; discountAmount: number; totalAmount: number; gst?: number; maxQuantity?: number },
): QuoteView {
  const gst = amounts.gst ?? 0;
  const net = Number((amounts.totalAmount + gst).toFixed(3));
  return {
    non_discounted_total: amounts.total,
    discount: amounts.discount,
    discount_amount: amounts.discountAmount,
    total_amount: amounts.totalAmount,
    gst_amount: gst,
    net_amount: net,
    handling_fee_amount: 0,
    total_payable: net,
    max_quantity: amounts.maxQuantity ?? 5000,
    charges_details: { source_currency: currency, destination_currency: currency, forex_rate: null, conversion_fee: null },
  };
}

for (const engine of ENGINES) {
  describe(`charges: the quote (api.md 4.4) [${engine}]`, () => {
    let store: TestStore;
    let c: Catalog;
    let a: Actor; // vouchers; USD (empty PREPAID), GBP, EUR, JPY wallets
    let b: Actor; // vouchers; USD wallet only
    let wallets: { usd: number; gbp: number; eur: number; jpy: number; bUsd: number };
    let gbp350: number; // GBP, 50 … 500 at 3.5 %
    let kwd: number; // KWD, 1 … 100 at 2.5 %

    const charges = (actor: Actor, id: number | string, body: unknown) => post(store, `/api/v1/products/${id}/charges`, actor.token, body);
    const quoteOk = async (actor: Actor, id: number, body: object): Promise<QuoteView> => {
      const response = await charges(actor, id, body);
      assert.equal(response.statusCode, 200, `${JSON.stringify(body)}: ${response.body}`);
      return response.json() as QuoteView;
    };

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      c = await seedCatalog(store);
      const { catalog, fx } = store.container;
      gbp350 = (
        await catalog.createProduct({
          name: 'Pounds Card',
          category_id: c.categories.giftCards,
          country_id: GBR,
          currency_id: GBP,
          voucher_type: 'CODE_WITH_PIN',
          denominations: [{ min_value: 50, max_value: 500, discount: 3.5 }],
        })
      ).id;
      kwd = (
        await catalog.createProduct({
          name: 'Dinar Card',
          category_id: c.categories.giftCards,
          country_id: KWT,
          currency_id: KWD,
          denominations: [{ min_value: 1, max_value: 100, discount: 2.5 }],
        })
      ).id;
      a = await newClient(store);
      b = await newClient(store);
      wallets = {
        usd: (await createWallet(store, a.clientId, 'USD')).id,
        gbp: (await createWallet(store, a.clientId, 'GBP')).id,
        eur: (await createWallet(store, a.clientId, 'EUR', { type: 'POSTPAID', credit_limit: '100' })).id,
        jpy: (await createWallet(store, a.clientId, 'JPY')).id,
        bUsd: (await createWallet(store, b.clientId, 'USD')).id,
      };
      await createWallet(store, a.clientId, 'KWD');
      await fx.setFxRate({ source_currency: 'GBP', destination_currency: 'EUR', rate: '1.17' });
      await fx.setFxRate({ source_currency: 'USD', destination_currency: 'EUR', rate: '0.92', conversion_fee: '1.50' });
      await fx.setFxRate({ source_currency: 'USD', destination_currency: 'JPY', rate: '151.235', conversion_fee: '100' });
      await fx.setFxRate({ source_currency: 'JPY', destination_currency: 'USD', rate: '0.0067' });
      await fx.setFxRate({ source_currency: 'EUR', destination_currency: 'GBP', rate: '0.85' }); // the other direction only
    });
    after(() => store?.close());

    test('worked example 1: 50 × 5 at 3.5 % → 250.00 / 8.75 / 241.25, payable 241.25 (empty PREPAID wallet: not a funds check)', async () => {
      const response = await charges(a, c.amazonUsd, { denomination: 50, quantity: 5 });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
      assert.equal(response.headers['cache-control'], 'no-store');
      assert.deepEqual(response.json(), sameCurrency('USD', { total: 250, discount: 3.5, discountAmount: 8.75, totalAmount: 241.25 }));
      assert.deepEqual(Object.keys(response.json()), [
        'non_discounted_total',
        'discount',
        'discount_amount',
        'total_amount',
        'gst_amount',
        'net_amount',
        'handling_fee_amount',
        'total_payable',
        'max_quantity',
        'charges_details',
      ]);
      // The same with the wallet named, and with wallet_id null.
      assert.deepEqual(await quoteOk(a, c.amazonUsd, { denomination: 50, quantity: 5, wallet_id: wallets.usd }), response.json());
      assert.deepEqual(await quoteOk(a, c.amazonUsd, { denomination: 50, quantity: 5, wallet_id: null }), response.json());
    });

    test('worked example 2: GBP product, EUR wallet, rate 1.17, total 241.25 → net 282.26, payable 282.26', async () => {
      assert.deepEqual(await quoteOk(a, gbp350, { denomination: 50, quantity: 5, wallet_id: wallets.eur }), {
        non_discounted_total: 250,
        discount: 3.5,
        discount_amount: 8.75,
        total_amount: 241.25,
        gst_amount: 0,
        net_amount: 282.26,
        handling_fee_amount: 0,
        total_payable: 282.26,
        max_quantity: 5000,
        charges_details: { source_currency: 'GBP', destination_currency: 'EUR', forex_rate: 1.17, conversion_fee: 0 },
      });
      // Without wallet_id the GBP wallet pays: no FX.
      assert.deepEqual(
        await quoteOk(a, gbp350, { denomination: 50, quantity: 5 }),
        sameCurrency('GBP', { total: 250, discount: 3.5, discountAmount: 8.75, totalAmount: 241.25 }),
      );
    });

    test('the discount comes from the range the value falls in', async () => {
      const cases: [number, number, number, number, number, number][] = [
        // denomination, quantity → total, discount, discount_amount, total_amount
        [10, 3, 30, 2.5, 0.75, 29.25],
        [25, 4, 100, 3, 3, 97],
        [50, 1, 50, 3.5, 1.75, 48.25],
        [500, 2, 1000, 3.5, 35, 965],
        [123.45, 2, 246.9, 3.5, 8.64, 238.26], // 8.6415 → 8.64
      ];
      for (const [denomination, quantity, total, discount, discountAmount, totalAmount] of cases) {
        assert.deepEqual(
          await quoteOk(a, c.amazonUsd, { denomination, quantity }),
          sameCurrency('USD', { total, discount, discountAmount, totalAmount }),
          `${denomination} × ${quantity}`,
        );
      }
      // A range without a discount.
      assert.deepEqual(
        await quoteOk(b, c.steam, { denomination: 20, quantity: 2 }),
        sameCurrency('USD', { total: 40, discount: 0, discountAmount: 0, totalAmount: 40 }),
      );
    });

    test('half-up rounding at the documented steps: USD cents, JPY yen (precision 0), KWD fils (precision 3)', async () => {
      // 51.00 × 3.5 % = 1.785 → 1.79 (half-up; half-even would say 1.78).
      assert.deepEqual(
        await quoteOk(a, c.amazonUsd, { denomination: 51, quantity: 1 }),
        sameCurrency('USD', { total: 51, discount: 3.5, discountAmount: 1.79, totalAmount: 49.21 }),
      );
      // 50.10 × 3.5 % = 1.7535 → 1.75.
      assert.deepEqual(
        await quoteOk(a, c.amazonUsd, { denomination: 50.1, quantity: 1 }),
        sameCurrency('USD', { total: 50.1, discount: 3.5, discountAmount: 1.75, totalAmount: 48.35 }),
      );
      // JPY 1000 × 1.25 % = 12.5 → 13; × 2 = 25 exactly; × 3 = 37.5 → 38.
      assert.deepEqual(
        await quoteOk(a, c.netflixJpy, { denomination: 1000, quantity: 1 }),
        sameCurrency('JPY', { total: 1000, discount: 1.25, discountAmount: 13, totalAmount: 987 }),
      );
      assert.deepEqual(
        await quoteOk(a, c.netflixJpy, { denomination: 1000, quantity: 2 }),
        sameCurrency('JPY', { total: 2000, discount: 1.25, discountAmount: 25, totalAmount: 1975 }),
      );
      assert.deepEqual(
        await quoteOk(a, c.netflixJpy, { denomination: 1000, quantity: 3 }),
        sameCurrency('JPY', { total: 3000, discount: 1.25, discountAmount: 38, totalAmount: 2962 }),
      );
      // JPY 1001 × 1.25 % = 12.5125 → 13; 1039 × 1.25 % = 12.9875 → 13; 1020 → 12.75 → 13; 1019 → 12.7375 → 13; 1003 → 12.5375 → 13; 1000.5 is refused.
      assert.equal((await quoteOk(a, c.netflixJpy, { denomination: 1001, quantity: 1 })).discount_amount, 13);
      // KWD 1.500 × 2.5 % = 0.0375 → 0.038; 1.020 × 2.5 % = 0.0255 → 0.026; 1.001 → 0.025025 → 0.025.
      assert.deepEqual(
        await quoteOk(a, kwd, { denomination: 1.5, quantity: 1 }),
        sameCurrency('KWD', { total: 1.5, discount: 2.5, discountAmount: 0.038, totalAmount: 1.462 }),
      );
      assert.deepEqual(
        await quoteOk(a, kwd, { denomination: 1.02, quantity: 1 }),
        sameCurrency('KWD', { total: 1.02, discount: 2.5, discountAmount: 0.026, totalAmount: 0.994 }),
      );
      assert.deepEqual(
        await quoteOk(a, kwd, { denomination: 1.001, quantity: 1 }),
        sameCurrency('KWD', { total: 1.001, discount: 2.5, discountAmount: 0.025, totalAmount: 0.976 }),
      );
      assert.deepEqual(
        await quoteOk(a, kwd, { denomination: 99.999, quantity: 7 }),
        sameCurrency('KWD', { total: 699.993, discount: 2.5, discountAmount: 17.5, totalAmount: 682.493 }),
      ); // 17.499825 → 17.500
      // Too many decimals for the currency.
      for (const [id, denomination] of [
        [c.amazonUsd, 50.001],
        [c.netflixJpy, 1000.5],
        [kwd, 1.0005],
      ] as const) {
        assert.deepEqual(errorOf(await charges(a, id, { denomination, quantity: 1 })), badRequest('Invalid denomination'), `${id} ${denomination}`);
      }
    });

    test('FX: rounding to the wallet precision, the fixed handling fee, JPY wallets and JPY products', async () => {
      // 241.25 USD × 0.92 = 221.95 EUR, + fee 1.50 → 223.45.
      assert.deepEqual(await quoteOk(a, c.amazonUsd, { denomination: 50, quantity: 5, wallet_id: wallets.eur }), {
        non_discounted_total: 250,
        discount: 3.5,
        discount_amount: 8.75,
        total_amount: 241.25,
        gst_amount: 0,
        net_amount: 221.95,
        handling_fee_amount: 1.5,
        total_payable: 223.45,
        max_quantity: 5000,
        charges_details: { source_currency: 'USD', destination_currency: 'EUR', forex_rate: 0.92, conversion_fee: 1.5 },
      });
      // 241.25 USD × 151.235 = 36485.44… → 36485 JPY, + 100 → 36585.
      const toYen = await quoteOk(a, c.amazonUsd, { denomination: 50, quantity: 5, wallet_id: wallets.jpy });
      assert.deepEqual([toYen.net_amount, toYen.handling_fee_amount, toYen.total_payable], [36485, 100, 36585]);
      assert.deepEqual(toYen.charges_details, { source_currency: 'USD', destination_currency: 'JPY', forex_rate: 151.235, conversion_fee: 100 });
      // 9.75 USD (10 at 2.5 %) × 151.235 = 1474.54125 → 1475.
      assert.equal((await quoteOk(a, c.amazonUsd, { denomination: 10, quantity: 1, wallet_id: wallets.jpy })).net_amount, 1475);
      // Exactly half a cent: 51.53 GBP at 2 % → 50.50 × 1.17 = 59.085 → 59.09 EUR (half-up).
      const half = await quoteOk(a, c.amazonGbp, { denomination: 51.53, quantity: 1, wallet_id: wallets.eur });
      assert.deepEqual([half.discount_amount, half.total_amount, half.net_amount, half.total_payable], [1.03, 50.5, 59.09, 59.09]);
      // 987 JPY × 0.0067 = 6.6129 → 6.61 USD.
      const fromYen = await quoteOk(a, c.netflixJpy, { denomination: 1000, quantity: 1, wallet_id: wallets.usd });
      assert.deepEqual([fromYen.total_amount, fromYen.net_amount, fromYen.handling_fee_amount, fromYen.total_payable], [987, 6.61, 0, 6.61]);
    });

    test('a total past the largest wallet movement (10^12) at a high FX rate is 400 for the quote and the order, nothing written', async () => {
      const rich = await newClient(store);
      const bhd = await createWallet(store, rich.clientId, 'BHD');
      await store.container.fx.setFxRate({ source_currency: 'USD', destination_currency: 'BHD', rate: '999999999999999' });
      const tooMuch = { name: 'ValidationException', code: 'VALIDATION_FAILURE', message: 'Invalid amount: must be at most 1000000000000' };
      // 241.25 USD × 10^15: far past 10^12 BHD, and past what a 64-bit integer holds in fils.
      const line = { denomination: 50, quantity: 5, wallet_id: bhd.id };
      const quote = await charges(rich, c.amazonUsd, line);
      assert.equal(quote.statusCode, 400, quote.body);
      assert.deepEqual(errorOf(quote), tooMuch);
      const order = await post(store, '/api/v1/orders', rich.token, { product_id: c.amazonUsd, ...line });
      assert.equal(order.statusCode, 400, order.body);
      assert.deepEqual(errorOf(order), tooMuch);
      const orders = await store.app.inject({ method: 'GET', url: '/api/v1/orders', headers: { authorization: `Bearer ${rich.token}` } });
      assert.deepEqual(orders.json(), [], 'no order row');
    });

    test('tax: gst_amount on total_amount at the client rate, half-up, then converted with it', async () => {
      const taxed = await newClient(store);
      await createWallet(store, taxed.clientId, 'USD');
      const eur = await createWallet(store, taxed.clientId, 'EUR');
      await store.container.clientTerms.setTaxRate(taxed.clientId, '7.5');
      // 241.25 × 7.5 % = 18.09375 → 18.09; payable 259.34.
      assert.deepEqual(
        await quoteOk(taxed, c.amazonUsd, { denomination: 50, quantity: 5 }),
        sameCurrency('USD', { total: 250, discount: 3.5, discountAmount: 8.75, totalAmount: 241.25, gst: 18.09 }),
      );
      // 241.25 × 2 % = 4.825 → 4.83 (half-up).
      await store.container.clientTerms.setTaxRate(taxed.clientId, 2);
      assert.equal((await quoteOk(taxed, c.amazonUsd, { denomination: 50, quantity: 5 })).gst_amount, 4.83);
      // Three decimals: 241.25 × 8.875 % = 21.4109375 → 21.41.
      await store.container.clientTerms.setTaxRate(taxed.clientId, '8.875');
      assert.equal((await quoteOk(taxed, c.amazonUsd, { denomination: 50, quantity: 5 })).gst_amount, 21.41);
      // FX converts total + gst: (241.25 + 21.41) × 0.92 = 241.6472 → 241.65, + 1.50.
      const converted = await quoteOk(taxed, c.amazonUsd, { denomination: 50, quantity: 5, wallet_id: eur.id });
      assert.deepEqual(
        [converted.gst_amount, converted.net_amount, converted.handling_fee_amount, converted.total_payable],
        [21.41, 241.65, 1.5, 243.15],
      );
      // JPY product at 10 %: 987 × 10 % = 98.7 → 99.
      await createWallet(store, taxed.clientId, 'JPY');
      await store.container.clientTerms.setTaxRate(taxed.clientId, 10);
      assert.deepEqual(
        await quoteOk(taxed, c.netflixJpy, { denomination: 1000, quantity: 1 }),
        sameCurrency('JPY', { total: 1000, discount: 1.25, discountAmount: 13, totalAmount: 987, gst: 99 }),
      );
      // Other clients pay no tax.
      assert.equal((await quoteOk(a, c.amazonUsd, { denomination: 50, quantity: 5 })).gst_amount, 0);
    });

    test('negotiated discounts: a higher rate applies, a lower one never lowers the default, per range too; never for another client', async () => {
      const { catalog } = store.container;
      const negotiating = await newClient(store);
      await createWallet(store, negotiating.clientId, 'USD');
      await catalog.setNegotiatedDiscount(negotiating.clientId, { product_id: c.amazonUsd, denomination_id: null, discount: 5 });
      assert.deepEqual(
        await quoteOk(negotiating, c.amazonUsd, { denomination: 50, quantity: 5 }),
        sameCurrency('USD', { total: 250, discount: 5, discountAmount: 12.5, totalAmount: 237.5 }),
      );
      // Lower than the default (1 % < 3.5 %): the default stays.
      await catalog.setNegotiatedDiscount(negotiating.clientId, { product_id: c.amazonUsd, denomination_id: null, discount: 1 });
      assert.equal((await quoteOk(negotiating, c.amazonUsd, { denomination: 50, quantity: 5 })).discount, 3.5);
      // A rate for one range (the fixed 10) only.
      const product = await catalog.getProduct(c.amazonUsd);
      const ten = product.denominations.find((d) => d.min_value === 10)!;
      await catalog.setNegotiatedDiscount(negotiating.clientId, { product_id: c.amazonUsd, denomination_id: ten.id, discount: 4.25 });
      assert.deepEqual(
        await quoteOk(negotiating, c.amazonUsd, { denomination: 10, quantity: 3 }),
        sameCurrency('USD', { total: 30, discount: 4.25, discountAmount: 1.28, totalAmount: 28.72 }), // 1.275 → 1.28
      );
      assert.equal((await quoteOk(negotiating, c.amazonUsd, { denomination: 25, quantity: 1 })).discount, 3);
      // Nobody else gets them.
      assert.equal((await quoteOk(a, c.amazonUsd, { denomination: 10, quantity: 3 })).discount, 2.5);
      await catalog.setNegotiatedDiscount(negotiating.clientId, { product_id: c.amazonUsd, denomination_id: null, discount: 6 });
      assert.equal((await quoteOk(negotiating, c.amazonUsd, { denomination: 50, quantity: 1 })).discount, 6);
      assert.equal((await quoteOk(b, c.amazonUsd, { denomination: 50, quantity: 1 })).discount, 3.5);
    });

    test('max_quantity: 5000 by default; a per-client limit for one product; never for another client or product', async () => {
      assert.equal((await quoteOk(a, c.amazonUsd, { denomination: 10, quantity: 5000 })).max_quantity, 5000);
      for (const quantity of [5001, 1e15, 1e300]) {
        const response = await charges(a, c.amazonUsd, { denomination: 10, quantity });
        assert.equal(response.statusCode, 400, String(quantity));
        assert.deepEqual(errorOf(response), badRequest('Quantity exceeds maximum allowed (5000)'));
      }
      const limited = await newClient(store);
      await createWallet(store, limited.clientId, 'USD');
      await store.container.clientTerms.setMaxQuantity(limited.clientId, { productId: c.amazonUsd, maxQuantity: 100 });
      assert.equal((await quoteOk(limited, c.amazonUsd, { denomination: 10, quantity: 100 })).max_quantity, 100);
      assert.deepEqual(
        errorOf(await charges(limited, c.amazonUsd, { denomination: 10, quantity: 101 })),
        badRequest('Quantity exceeds maximum allowed (100)'),
      );
      assert.equal((await quoteOk(limited, c.apple, { denomination: 15, quantity: 101 })).max_quantity, 5000);
      assert.equal((await quoteOk(a, c.amazonUsd, { denomination: 10, quantity: 101 })).max_quantity, 5000);
      await store.container.clientTerms.removeMaxQuantity(limited.clientId, c.amazonUsd);
      assert.equal((await quoteOk(limited, c.amazonUsd, { denomination: 10, quantity: 101 })).max_quantity, 5000);
    });

    test('every error, in the documented order', async () => {
      const nowhere = await newClient(store); // no wallet at all
      const cases: [Actor, number, object, { name: string; code: string; message: string }][] = [
        // Not visible: inactive, no ranges, under an inactive category/subcategory, unknown.
        ...[c.inactive, c.noRanges, c.underRetired, c.underHiddenSubcategory, 2_147_483_647].map(
          (id) =>
            [a, id, { denomination: 10, quantity: 99999 }, notFound('Product not found')] as [Actor, number, object, ReturnType<typeof notFound>],
        ),
        // Denomination before quantity.
        [a, c.amazonUsd, { denomination: 11, quantity: 99999 }, badRequest('Invalid denomination')],
        [a, c.amazonUsd, { denomination: 9.99, quantity: 1 }, badRequest('Invalid denomination')],
        [a, c.amazonUsd, { denomination: 500.01, quantity: 1 }, badRequest('Invalid denomination')],
        [a, c.amazonUsd, { denomination: 1_000_000_000, quantity: 1 }, badRequest('Invalid denomination')],
        [a, c.amazonGbp, { denomination: 200.5, quantity: 1 }, badRequest('Invalid denomination')],
        // Quantity before the wallet.
        [a, c.amazonUsd, { denomination: 50, quantity: 5001, wallet_id: wallets.bUsd }, badRequest('Quantity exceeds maximum allowed (5000)')],
        // Someone else's wallet, or none with that id: 404 whatever the currency.
        [a, c.amazonUsd, { denomination: 50, quantity: 5, wallet_id: wallets.bUsd }, notFound('Wallet not found')],
        [b, c.amazonUsd, { denomination: 50, quantity: 5, wallet_id: wallets.usd }, notFound('Wallet not found')],
        [b, c.amazonUsd, { denomination: 50, quantity: 5, wallet_id: wallets.eur }, notFound('Wallet not found')],
        [a, c.amazonUsd, { denomination: 50, quantity: 5, wallet_id: 2_147_483_647 }, notFound('Wallet not found')],
        // No wallet in the product currency.
        [b, c.amazonGbp, { denomination: 50, quantity: 1 }, badRequest('No wallet for currency GBP')],
        [b, c.netflixJpy, { denomination: 1000, quantity: 1 }, badRequest('No wallet for currency JPY')],
        [nowhere, c.amazonUsd, { denomination: 50, quantity: 1 }, badRequest('No wallet for currency USD')],
        // No rate in force for product → wallet (the reverse direction does not count).
        [a, c.amazonGbp, { denomination: 50, quantity: 1, wallet_id: wallets.usd }, badRequest('Currency conversion not available')],
        [a, kwd, { denomination: 1, quantity: 1, wallet_id: wallets.usd }, badRequest('Currency conversion not available')],
        [a, c.netflixJpy, { denomination: 1000, quantity: 1, wallet_id: wallets.gbp }, badRequest('Currency conversion not available')],
      ];
      for (const [actor, id, body, expected] of cases) {
        const response = await charges(actor, id, body);
        assert.equal(response.statusCode, expected.code === 'NOT_FOUND' ? 404 : 400, `${id} ${JSON.stringify(body)}: ${response.body}`);
        assert.deepEqual(errorOf(response), expected, `${id} ${JSON.stringify(body)}`);
      }
      // A blacklisted product is invisible to that client only.
      await store.container.catalog.blacklistProduct(nowhere.clientId, c.apple);
      assert.deepEqual(errorOf(await charges(nowhere, c.apple, { denomination: 15, quantity: 1 })), notFound('Product not found'));
      assert.equal((await charges(b, c.apple, { denomination: 15, quantity: 1 })).statusCode, 200);
      // A rate that is no longer in force.
      const expiring = await newClient(store);
      const expiringEur = await createWallet(store, expiring.clientId, 'EUR');
      await store.container.fx.setFxRate({
        source_currency: 'JPY',
        destination_currency: 'EUR',
        rate: '0.0061',
        valid_from: '2020-01-01T00:00:00Z',
        valid_to: '2021-01-01T00:00:00Z',
      });
      assert.deepEqual(
        errorOf(await charges(expiring, c.netflixJpy, { denomination: 1000, quantity: 1, wallet_id: expiringEur.id })),
        badRequest('Currency conversion not available'),
      );
    });

    test('a bad body is 400 VALIDATION_FAILURE with details; bad JSON SYNTAX_ERROR; a bad id is checked first', async () => {
      for (const body of [
        {},
        { denomination: 50 },
        { quantity: 1 },
        { denomination: 0, quantity: 1 },
        { denomination: 0.009, quantity: 1 },
        { denomination: -5, quantity: 1 },
        { denomination: 1_000_000_000.01, quantity: 1 },
        { denomination: '50', quantity: 1 },
        { denomination: null, quantity: 1 },
        { denomination: 50, quantity: 0 },
        { denomination: 50, quantity: -1 },
        { denomination: 50, quantity: 1.5 },
        { denomination: 50, quantity: '1' },
        { denomination: 50, quantity: 1, wallet_id: 0 },
        { denomination: 50, quantity: 1, wallet_id: -3 },
        { denomination: 50, quantity: 1, wallet_id: 1.5 },
        { denomination: 50, quantity: 1, wallet_id: '1' },
        { denomination: 50, quantity: 1, wallet_id: 2_147_483_648 },
        [50, 1],
      ]) {
        const response = await charges(a, c.amazonUsd, body);
        assert.equal(response.statusCode, 400, JSON.stringify(body));
        assert.deepEqual(errorOf(response), CHARGES_VALIDATION, JSON.stringify(body));
        const details = (fullError(response) as { details?: { field: string; message: string }[] }).details;
        assert.ok(Array.isArray(details) && details.length > 0 && typeof details[0]!.field === 'string', JSON.stringify(body));
      }
      const missing = fullError(await charges(a, c.amazonUsd, { denomination: 50 })) as unknown as { details: { field: string }[] };
      assert.equal(missing.details[0]!.field, 'quantity');
      const syntax = await charges(a, c.amazonUsd, '{"denomination": 50,');
      assert.deepEqual(errorOf(syntax), { name: 'SyntaxError', code: 'SYNTAX_ERROR', message: 'Invalid request body' });
      // The bounds themselves are valid input (0.01 then fails the range check).
      assert.deepEqual(errorOf(await charges(a, c.amazonUsd, { denomination: 0.01, quantity: 1 })), badRequest('Invalid denomination'));
      // Extra fields are ignored (an order body can be sent as it is).
      assert.equal((await charges(a, c.amazonUsd, { denomination: 50, quantity: 1, client_reference: 'x', email: 'a@b.c' })).statusCode, 200);
      for (const id of BAD_IDS) {
        const response = await charges(a, id, {});
        assert.equal(response.statusCode, 400, id);
        assert.deepEqual(errorOf(response), badRequest('Invalid product ID'), id);
      }
    });

    test('authentication, the vouchers feature, the shared quotes rate-limit bucket', async () => {
      const anonymous = await post(store, `/api/v1/products/${c.amazonUsd}/charges`, undefined, { denomination: 50, quantity: 1 });
      assert.equal(anonymous.statusCode, 401);
      assert.deepEqual(fullError(anonymous), UNAUTHORIZED);
      const plain = await newClient(store, []);
      await createWallet(store, plain.clientId, 'USD');
      // The feature is checked before the id and the body: a client without it learns nothing.
      for (const id of [c.amazonUsd, 'abc']) {
        assert.deepEqual(fullError(await charges(plain, id, { denomination: 50, quantity: 1 })), INVALID_FEATURE);
      }
      const first = await charges(a, c.amazonUsd, { denomination: 50, quantity: 1 });
      const availability = await post(store, `/api/v1/products/${c.amazonUsd}/availability`, a.token, { denomination: 50, quantity: 1 });
      const second = await charges(a, c.amazonUsd, { denomination: 50, quantity: 1 });
      const remaining = [first, availability, second].map((response) => Number(response.headers['ratelimit-remaining']));
      assert.deepEqual(remaining, [remaining[0]!, remaining[0]! - 1, remaining[0]! - 2], 'one bucket for charges and availability');
    });

    test("tenant isolation: B never sees A's wallet, rate, tax or limit", async () => {
      const { catalog, clientTerms } = store.container;
      const isolatedA = await newClient(store);
      const isolatedB = await newClient(store);
      const walletA = await createWallet(store, isolatedA.clientId, 'USD');
      await createWallet(store, isolatedB.clientId, 'USD');
      await catalog.setNegotiatedDiscount(isolatedA.clientId, { product_id: c.apple, denomination_id: null, discount: 9 });
      await clientTerms.setTaxRate(isolatedA.clientId, 20);
      await clientTerms.setMaxQuantity(isolatedA.clientId, { productId: c.apple, maxQuantity: 3 });
      const quoteA = await quoteOk(isolatedA, c.apple, { denomination: 15, quantity: 2 });
      assert.deepEqual([quoteA.discount, quoteA.gst_amount, quoteA.max_quantity], [9, 5.46, 3]); // 27.30 × 20 %
      assert.deepEqual(
        await quoteOk(isolatedB, c.apple, { denomination: 15, quantity: 2 }),
        sameCurrency('USD', { total: 30, discount: 1, discountAmount: 0.3, totalAmount: 29.7 }),
      );
      assert.deepEqual(
        errorOf(await charges(isolatedB, c.apple, { denomination: 15, quantity: 2, wallet_id: walletA.id })),
        notFound('Wallet not found'),
      );
    });

    test('the service API for orders: exact amounts, product, wallet and the FX leg the ledger takes', async () => {
      const { quotes } = store.container;
      const scopeA = await clientScope(store, a.clientId);
      const plainQuote = await quotes.quote(scopeA, c.amazonUsd, { denomination: 50, quantity: 5 });
      assert.deepEqual(plainQuote.amounts, {
        nonDiscountedTotal: 25000n,
        discountAmount: 875n,
        totalAmount: 24125n,
        gstAmount: 0n,
        netAmount: 24125n,
        handlingFeeAmount: 0n,
        totalPayable: 24125n,
      });
      assert.equal(plainQuote.denomination, '50.00');
      assert.equal(plainQuote.discount, '3.5');
      assert.equal(plainQuote.taxRate, '0');
      assert.equal(plainQuote.fx, null);
      assert.equal(plainQuote.fxRateId, null);
      assert.deepEqual(plainQuote.product, {
        id: c.amazonUsd,
        name: 'Amazon Gift Card - USD',
        currencyId: USD,
        currencyCode: 'USD',
        precision: 2,
        voucherType: 'CODE',
        supplier: 'sandbox',
        demo: false,
      });
      assert.equal(plainQuote.demoClient, false);
      assert.deepEqual(plainQuote.wallet, { id: wallets.usd, currencyId: USD, currencyCode: 'USD', precision: 2, type: 'PREPAID' });

      const fxQuote = await quotes.quote(scopeA, gbp350, { denomination: 50, quantity: 5, walletId: wallets.eur });
      assert.equal(fxQuote.product.voucherType, 'CODE_WITH_PIN');
      assert.deepEqual(fxQuote.fx, { sourceCurrencyId: GBP, sourceAmount: 24125n, forexRate: '1.17', conversionCharges: 0n });
      assert.equal(fxQuote.amounts.totalPayable, 28226n);
      assert.equal(fxQuote.wallet.type, 'POSTPAID');
      assert.equal(typeof fxQuote.fxRateId, 'number');

      // Inside a transaction (as an order prices), then debited exactly: the ledger takes the leg.
      await topUp(store, wallets.eur, '500');
      const { db } = store.container.database;
      const transaction = await db.transaction().execute(async (trx) => {
        const quote = await quotes.quote(scopeA, c.amazonUsd, { denomination: 50, quantity: 5, walletId: wallets.eur }, trx);
        return debitWallet(trx, {
          walletId: quote.wallet.id,
          amount: quote.amounts.totalPayable,
          counterAccount: 'REVENUE',
          note: 'Quote test',
          reason: 'ORDER',
          actor: `client:${a.clientId}`,
          clientId: a.clientId,
          fx: quote.fx,
        });
      });
      assert.equal(transaction.amount, -22345n);
      assert.deepEqual(
        [transaction.source_currency, transaction.source_amount, transaction.conversion_charges, Number(transaction.forex_rate)],
        ['USD', 24125n, 150n, 0.92],
      );

      // Decimal text is read exactly too; KWD keeps three places.
      const dinar = await quotes.quote(scopeA, kwd, { denomination: '1.5', quantity: 1 });
      assert.equal(dinar.denomination, '1.500');
      assert.equal(dinar.amounts.discountAmount, 38n);
      // Through the service, a bad quantity or wallet id is refused cleanly too.
      await assert.rejects(quotes.quote(scopeA, c.amazonUsd, { denomination: 50, quantity: 0 }), { code: 'VALIDATION_FAILURE' });
      await assert.rejects(quotes.quote(scopeA, c.amazonUsd, { denomination: 50, quantity: 1, walletId: -1 }), { message: 'Wallet not found' });
      await assert.rejects(quotes.quote(scopeA, c.amazonUsd, { denomination: 'abc', quantity: 1 }), { message: 'Invalid denomination' });
    });
    test('a database failure is 500 "Failed to calculate charges", nothing leaked; the route is in the OpenAPI document', async () => {
      const { db } = store.container.database;
      await sql`alter table client_terms rename to client_terms_away`.execute(db);
      // The client's terms are cached: as after an operator change, the next quote reads them anew.
      await publishClientTermsChange(store.container.bus, a.clientId);
      try {
        const response = await charges(a, c.amazonUsd, { denomination: 50, quantity: 1 });
        assert.equal(response.statusCode, 500);
        assert.deepEqual(fullError(response), { name: 'InternalServerError', code: 'INTERNAL_SERVER_ERROR', message: 'Failed to calculate charges' });
        assert.doesNotMatch(response.body, /client_terms|relation|select/i);
      } finally {
        await sql`alter table client_terms_away rename to client_terms`.execute(db);
      }
      assert.equal((await charges(a, c.amazonUsd, { denomination: 50, quantity: 1 })).statusCode, 200);
      const openapi = (await store.app.inject({ method: 'GET', url: '/docs/json' })).json() as { paths: Record<string, Record<string, unknown>> };
      assert.ok(openapi.paths['/api/v1/products/{id}/charges']?.post, "openapi.paths['/api/v1/products/{id}/charges']?.post");
      assert.ok(openapi.paths['/admin/v1/clients/{id}/tax-rate']?.put, "openapi.paths['/admin/v1/clients/{id}/tax-rate']?.put");
    });
  });

  describe(`client terms: operator tools [${engine}]`, () => {
    let store: TestStore;
    let c: Catalog;
    let client: Actor;

    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      c = await seedCatalog(store);
      client = await newClient(store);
      await createWallet(store, client.clientId, 'USD');
    });
    after(() => store?.close());

    test('operator token only; bad ids; unknown client and product', async () => {
      const routes = [
        ['GET', '/clients/1/terms'],
        ['PUT', '/clients/1/tax-rate'],
        ['PUT', '/clients/1/max-quantities'],
        ['POST', '/clients/1/max-quantities/remove'],
      ] as const;
      for (const [method, url] of routes) {
        for (const token of ['', client.token, 'not-a-token']) {
          const response = await store.app.inject({ method, url: `/admin/v1${url}`, headers: token ? { authorization: `Bearer ${token}` } : {} });
          assert.equal(response.statusCode, 401, `${method} ${url}`);
        }
        const badId = await adminCall(store, method, url.replace('/1/', '/abc/'), method === 'GET' ? undefined : {});
        assert.deepEqual(errorOf(badId), badRequest('Invalid client ID'));
      }
      assert.deepEqual(errorOf(await adminCall(store, 'GET', '/clients/999999/terms')), notFound('Client not found'));
      assert.deepEqual(errorOf(await adminCall(store, 'PUT', '/clients/999999/tax-rate', { tax_rate: 5 })), notFound('Client not found'));
      assert.deepEqual(
        errorOf(await adminCall(store, 'PUT', `/clients/${client.clientId}/max-quantities`, { product_id: 999999, max_quantity: 5 })),
        notFound('Product not found'),
      );
      assert.deepEqual(
        errorOf(await adminCall(store, 'POST', `/clients/${client.clientId}/max-quantities/remove`, { product_id: c.apple })),
        notFound('Quantity limit not found'),
      );
    });

    test('set and remove: validated, audited, effective on the next quote', async () => {
      const id = client.clientId;
      const quote = async () => (await post(store, `/api/v1/products/${c.apple}/charges`, client.token, { denomination: 15, quantity: 2 })).json();
      const initial = await adminCall(store, 'GET', `/clients/${id}/terms`);
      assert.deepEqual(initial.json(), { client_id: id, tax_rate: 0, default_max_quantity: 5000, max_quantities: [] });

      for (const taxRate of [-1, 100.001, 1.2345, '1e1', 'abc', '', ' ', '-0.5']) {
        const response = await adminCall(store, 'PUT', `/clients/${id}/tax-rate`, { tax_rate: taxRate });
        assert.equal(response.statusCode, 400, String(taxRate));
        assert.equal(errorOf(response).code, 'VALIDATION_FAILURE', String(taxRate));
        assert.deepEqual((fullError(response) as { details?: { field: string }[] }).details?.[0]?.field, 'tax_rate');
      }
      for (const body of [{}, { tax_rate: null }, { tax_rate: 5, extra: 1 }]) {
        assert.equal(errorOf(await adminCall(store, 'PUT', `/clients/${id}/tax-rate`, body)).code, 'VALIDATION_FAILURE', JSON.stringify(body));
      }
      const set = await adminCall(store, 'PUT', `/clients/${id}/tax-rate`, { tax_rate: '8.875' });
      assert.equal(set.statusCode, 200);
      assert.equal(set.json().tax_rate, 8.875);
      assert.equal((await quote()).gst_amount, 2.64); // 29.70 × 8.875 % = 2.635875 → 2.64
      assert.equal((await adminCall(store, 'PUT', `/clients/${id}/tax-rate`, { tax_rate: 100 })).json().tax_rate, 100);
      assert.equal((await adminCall(store, 'PUT', `/clients/${id}/tax-rate`, { tax_rate: 0 })).json().tax_rate, 0);
      assert.equal((await quote()).gst_amount, 0);

      for (const maxQuantity of [0, 5001, 1.5, '10', null]) {
        const response = await adminCall(store, 'PUT', `/clients/${id}/max-quantities`, { product_id: c.apple, max_quantity: maxQuantity });
        assert.equal(errorOf(response).code, 'VALIDATION_FAILURE', String(maxQuantity));
      }
      const limited = await adminCall(store, 'PUT', `/clients/${id}/max-quantities`, { product_id: c.apple, max_quantity: 2 });
      assert.equal(limited.statusCode, 200);
      const [limit] = limited.json().max_quantities;
      assert.deepEqual(
        { ...limit, updated_at: undefined },
        { product_id: c.apple, product_name: 'Apple Gift Card', max_quantity: 2, updated_at: undefined },
      );
      assert.match(limit.updated_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      assert.equal((await quote()).max_quantity, 2);
      const over = await post(store, `/api/v1/products/${c.apple}/charges`, client.token, { denomination: 15, quantity: 3 });
      assert.deepEqual(errorOf(over), badRequest('Quantity exceeds maximum allowed (2)'));
      assert.equal(
        (await adminCall(store, 'PUT', `/clients/${id}/max-quantities`, { product_id: c.apple, max_quantity: 5000 })).json().max_quantities[0]
          .max_quantity,
        5000,
      );
      const removed = await adminCall(store, 'POST', `/clients/${id}/max-quantities/remove`, { product_id: c.apple });
      assert.deepEqual(removed.json().max_quantities, []);
      assert.equal((await quote()).max_quantity, 5000);

      const audit = await store.container.database.db
        .selectFrom('audit_log')
        .select(['actor', 'action', 'details'])
        .where('target', '=', `client:${id}`)
        .where('action', 'in', ['client.tax_rate_set', 'client.max_quantity_set', 'client.max_quantity_remove'])
        .orderBy('id')
        .execute();
      assert.deepEqual(
        audit.map((entry) => [entry.actor, entry.action, entry.details]),
        [
          ['operator:admin-token', 'client.tax_rate_set', { before: 0, after: 8.875 }],
          ['operator:admin-token', 'client.tax_rate_set', { before: 8.875, after: 100 }],
          ['operator:admin-token', 'client.tax_rate_set', { before: 100, after: 0 }],
          ['operator:admin-token', 'client.max_quantity_set', { product_id: c.apple, before: null, after: 2 }],
          ['operator:admin-token', 'client.max_quantity_set', { product_id: c.apple, before: 2, after: 5000 }],
          ['operator:admin-token', 'client.max_quantity_remove', { product_id: c.apple, before: 5000 }],
        ],
      );
    });

    test("the CLI's admin client speaks the same admin routes", async () => {
      const [{ AdminClient, httpTransport }, { adminApi }] = await Promise.all([
        import('../../src/cli/admin-client.ts'),
        import('../../src/cli/admin-api.ts'),
      ]);
      const address = await store.app.listen({ port: 0, host: '127.0.0.1' });
      const remote = adminApi(new AdminClient(httpTransport(address, ADMIN_TOKEN))).terms;
      const id = client.clientId;
      assert.equal((await remote.setTaxRate(id, '5.5')).tax_rate, 5.5);
      const limited = await remote.setMaxQuantity(id, c.steam, 7);
      assert.equal(limited.max_quantities[0]!.max_quantity, 7);
      assert.equal(typeof limited.max_quantities[0]!.updated_at, 'string');
      assert.deepEqual(
        (await remote.show(id)).max_quantities.map((l) => l.product_id),
        [c.steam],
      );
      assert.deepEqual((await remote.removeMaxQuantity(id, c.steam)).max_quantities, []);
      await assert.rejects(remote.removeMaxQuantity(id, c.steam), { message: 'Quantity limit not found' });
      await assert.rejects(remote.setTaxRate(id, '101'), { message: 'tax_rate must be a percentage from 0 to 100' });
      await assert.rejects(remote.show(999999), { message: 'Client not found' });
    });
  });
}

if (ENGINES.includes('postgres')) {
  describe('quote context: cached per process, changes seen across processes [postgres]', () => {
    const stores = twoStoresOnPostgres();

    test("a terms change or a new wallet made in one process is used by the other's next quote", async () => {
      const { first, second } = stores;
      const c = await seedCatalog(first);
      const client = await newClient(second);
      const quote = (body: object) => post(second, `/api/v1/products/${c.apple}/charges`, client.token, { denomination: 15, quantity: 2, ...body });
      // No wallet yet: the miss is not kept, the wallet made by the other process is found at once.
      assert.deepEqual(errorOf(await quote({})), badRequest('No wallet for currency USD'));
      const usd = await createWallet(first, client.clientId, 'USD');
      assert.equal((await quote({})).json().total_payable, 29.7);
      assert.equal((await quote({ wallet_id: usd.id })).json().total_payable, 29.7);
      assert.equal((await quote({})).json().gst_amount, 0); // cached in `second` now

      await first.container.clientTerms.setTaxRate(client.clientId, '8.875');
      assert.equal((await quote({})).json().gst_amount, 2.64);
      await first.container.clientTerms.setMaxQuantity(client.clientId, { productId: c.apple, maxQuantity: 1 });
      assert.deepEqual(errorOf(await quote({})), badRequest('Quantity exceeds maximum allowed (1)'));
      await first.container.clientTerms.removeMaxQuantity(client.clientId, c.apple);
      assert.equal((await quote({})).json().max_quantity, 5000);
    });
  });
}

describe('popup-store clients tax-rate / terms / max-quantity (one CLI process, embedded database)', () => {
  test('sets the tax rate and prints the terms as JSON', async () => {
    const { runCli, tempDataDir } = await import('../helpers/processes.ts');
    const { loadConfig } = await import('../../src/config.ts');
    const { openStoreDatabase } = await import('../../src/infra/db/open.ts');
    const { ClientsService } = await import('../../src/clients/clients.service.ts');
    const { MemoryInvalidationBus } = await import('../../src/infra/invalidation/memory-bus.ts');
    const dir = await tempDataDir({ migrated: true });
    const { database, lock } = await openStoreDatabase(loadConfig({ DATA_DIR: dir }), 'test');
    const created = await new ClientsService({ db: database.db, bus: new MemoryInvalidationBus() }, 'test').createClient({ name: 'Taxed' });
    await database.close();
    await lock?.release();

    const result = await runCli(['clients', 'tax-rate', String(created.client_id), '7.25', '--json'], { DATA_DIR: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout.trim()), {
      client_id: created.client_id,
      tax_rate: 7.25,
      default_max_quantity: 5000,
      max_quantities: [],
    });
  });
});
