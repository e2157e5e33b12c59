/**
 * Product list benchmark (npm run bench:catalog).
 *
 * Starts the store in this process (PGlite in a temporary DATA_DIR, or PostgreSQL in a fresh
 * schema when DATABASE_URL is set), seeds a catalog through the services (3 categories, 8
 * subcategories, BENCH_PRODUCTS products across 7 countries and 6 currencies, fixed and range
 * denominations, a few inactive), creates a client with the `vouchers` feature, logs it in, and
 * captures the exact bytes of one `GET /api/v1/products?limit=50`. Then it loads, with autocannon:
 *
 *   (a) GET /bench/products-static       the same bytes and content-type, no hooks of its own
 *   (b) GET /api/v1/products?limit=50    authenticate, read rate limit, `vouchers` feature,
 *                                        query parsing, snapshot filter/sort/page, headers
 *
 * The figure that matters is the ratio b/a of requests/s (target ≥ 0.6): what the catalog
 * path costs on top of sending the same response. Absolute numbers depend on the machine and
 * on whatever else runs on it.
 *
 * Environment:
 *   BENCH_DURATION     seconds per run (default 10)
 *   BENCH_CONNECTIONS  connections (default 50)
 *   BENCH_WARMUP       warm-up seconds before each run (default 1, 0 = none)
 *   BENCH_WORKERS      autocannon worker threads (default 1, so the load generator has an event
 *                      loop of its own; 0 = run it on the server's event loop)
 *   BENCH_PRODUCTS     products to seed (default 500)
 *   DATABASE_URL       benchmark on PostgreSQL (a schema is created and dropped)
 *
 * Always exits 0 when the benchmark ran, PASS or FAIL; 1 only if something crashed.
 */
import type { CreateProductInput, DenominationInput } from '../src/catalog/catalog.service.ts';
import type { Container } from '../src/container.ts';
import type { VoucherType } from '../src/infra/db/schema.ts';
import {
  allSucceeded,
  createClientAndLogIn,
  describe,
  envNumber,
  figuresTable,
  load,
  loaderDescription,
  runBenchmark,
  withBenchServer,
} from './harness.ts';

const TARGET_RATIO = 0.6;
const LIST_PATH = '/api/v1/products?limit=50';
const STATIC_PATH = '/bench/products-static';

const duration = envNumber('BENCH_DURATION', 10, 1);
const connections = envNumber('BENCH_CONNECTIONS', 50, 1);
const warmup = envNumber('BENCH_WARMUP', 1, 0);
const workers = envNumber('BENCH_WORKERS', 1, 0);
const productCount = Math.floor(envNumber('BENCH_PRODUCTS', 500, 1));

// ---- the catalog --------------------------------------------------------------------------------

/** Country and currency ids are ISO numeric codes; `unit` scales face values (JPY has no minor unit). */
const MARKETS = [
  { code: 'US', country: 840, currency: 840, unit: 1 }, // USA, USD
  { code: 'UK', country: 826, currency: 826, unit: 1 }, // GBR, GBP
  { code: 'DE', country: 276, currency: 978, unit: 1 }, // DEU, EUR
  { code: 'FR', country: 250, currency: 978, unit: 1 }, // FRA, EUR
  { code: 'CA', country: 124, currency: 124, unit: 1 }, // CAN, CAD
  { code: 'AU', country: 36, currency: 36, unit: 1 }, // AUS, AUD
  { code: 'JP', country: 392, currency: 392, unit: 100 }, // JPN, JPY
] as const;

const CATEGORIES: Record<string, (string | null)[]> = {
  'Gift Cards': ['Amazon', 'Apple', 'Google Play', null],
  Gaming: ['Steam', 'PlayStation', 'Xbox'],
  Entertainment: ['Netflix', 'Spotify', null],
};

/** Brands: their category and subcategory (null: none). */
const BRANDS: { name: string; category: string; subcategory: string | null }[] = [
  { name: 'Amazon Gift Card', category: 'Gift Cards', subcategory: 'Amazon' },
  { name: 'Amazon Prime Voucher', category: 'Gift Cards', subcategory: 'Amazon' },
  { name: 'Apple Gift Card', category: 'Gift Cards', subcategory: 'Apple' },
  { name: 'App Store & iTunes', category: 'Gift Cards', subcategory: 'Apple' },
  { name: 'Google Play Gift Code', category: 'Gift Cards', subcategory: 'Google Play' },
  { name: 'Visa Prepaid Card', category: 'Gift Cards', subcategory: null },
  { name: 'Department Store Voucher', category: 'Gift Cards', subcategory: null },
  { name: 'Steam Wallet Code', category: 'Gaming', subcategory: 'Steam' },
  { name: 'PlayStation Store Card', category: 'Gaming', subcategory: 'PlayStation' },
  { name: 'PlayStation Plus', category: 'Gaming', subcategory: 'PlayStation' },
  { name: 'Xbox Gift Card', category: 'Gaming', subcategory: 'Xbox' },
  { name: 'Xbox Game Pass Ultimate', category: 'Gaming', subcategory: 'Xbox' },
  { name: 'Netflix Gift Card', category: 'Entertainment', subcategory: 'Netflix' },
  { name: 'Spotify Premium', category: 'Entertainment', subcategory: 'Spotify' },
  { name: 'Cinema Ticket Voucher', category: 'Entertainment', subcategory: null },
];

const VOUCHER_TYPES: VoucherType[] = ['CODE', 'CODE', 'CODE_WITH_PIN', 'URL'];

/** Denominations by product index: fixed values, one open range, a mix, several ranges. */
function denominations(index: number, unit: number): DenominationInput[] {
  const v = (value: number) => value * unit;
  switch (index % 4) {
    case 0:
      return [
        { min_value: v(10), max_value: v(10), discount: 2 },
        { min_value: v(25), max_value: v(25), discount: 2.5 },
        { min_value: v(50), max_value: v(50), discount: 3 },
        { min_value: v(100), max_value: v(100), discount: 3.5 },
      ];
    case 1:
      return [{ min_value: v(5), max_value: v(500), discount: 3.25 }];
    case 2:
      return [
        { min_value: v(20), max_value: v(20), discount: 1.5 },
        { min_value: v(50), max_value: v(200), discount: 2.75 },
      ];
    default:
      return [
        { min_value: v(10), max_value: v(49), discount: 1 },
        { min_value: v(50), max_value: v(199), discount: 2 },
        { min_value: v(200), max_value: v(1000), discount: 3 },
      ];
  }
}

/** Seeds the catalog through the services; returns how many products clients can see. */
async function seedCatalog(container: Container, count: number): Promise<number> {
  const { reference, catalog } = container;
  const categoryIds = new Map<string, number>();
  const subcategoryIds = new Map<string, number>();
  for (const [category, subcategories] of Object.entries(CATEGORIES)) {
    const categoryId = (await reference.createCategory({ name: category })).id;
    categoryIds.set(category, categoryId);
    for (const subcategory of subcategories) {
      if (subcategory) subcategoryIds.set(subcategory, (await reference.createSubcategory({ categoryId, name: subcategory })).id);
    }
  }
  let visible = 0;
  for (let i = 0; i < count; i++) {
    const brand = BRANDS[i % BRANDS.length]!;
    const market = MARKETS[Math.floor(i / BRANDS.length) % MARKETS.length]!;
    const series = Math.floor(i / (BRANDS.length * MARKETS.length)) + 1;
    const slug = `${brand.name}-${market.code}-${series}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const active = i % 50 !== 49; // a few retired products, which clients never see
    const input: CreateProductInput = {
      name: `${brand.name} ${market.code}${series > 1 ? ` (series ${series})` : ''}`,
      category_id: categoryIds.get(brand.category)!,
      subcategory_id: brand.subcategory ? subcategoryIds.get(brand.subcategory)! : null,
      country_id: market.country,
      currency_id: market.currency,
      image_url: `https://cdn.example.com/products/${slug}.png`,
      delivery_mode: 'Digital',
      delivery_time: i % 3 === 0 ? 'Within 24 hours' : 'Instant',
      validity: i % 2 === 0 ? '12 months from issue' : 'No expiry',
      description: `${brand.name} for ${market.code} customers.`,
      redemption_instructions: 'Enter the code at checkout or in your account.',
      terms: 'Not exchangeable for cash. Not refundable.',
      voucher_type: VOUCHER_TYPES[i % VOUCHER_TYPES.length]!,
      active,
      denominations: denominations(i, market.unit),
    };
    await catalog.createProduct(input);
    if (active) visible++;
  }
  return visible;
}

// ---- the benchmark ------------------------------------------------------------------------------

async function main(): Promise<void> {
  // Filled in once the real list has answered; the route exists from the start because
  // Fastify takes no routes once it is ready.
  let staticBody: string | null = null;
  let staticType = '';

  await withBenchServer(
    (app) => {
      app.get(STATIC_PATH, async (_request, reply) => {
        if (staticBody === null) throw new Error('static body not captured yet');
        return reply.type(staticType).send(staticBody);
      });
    },
    async (server) => {
      const { url, engine } = server;
      const seedStart = performance.now();
      const visible = await seedCatalog(server.container, productCount);
      const seedSeconds = (performance.now() - seedStart) / 1000;
      const { authorization } = await createClientAndLogIn(server, { name: 'Benchmark catalog client', features: ['vouchers'] });

      const listResponse = await fetch(`${url}${LIST_PATH}`, { headers: { authorization } });
      const listBytes = Buffer.from(await listResponse.arrayBuffer());
      if (listResponse.status !== 200) throw new Error(`product list failed: ${listResponse.status} ${listBytes.toString('utf8')}`);
      const listType = listResponse.headers.get('content-type');
      if (!listType) throw new Error('product list has no content-type');
      const page = JSON.parse(listBytes.toString('utf8')) as unknown[];
      const totalCount = listResponse.headers.get('x-total-count');
      staticBody = listBytes.toString('utf8');
      staticType = listType;
      if (!Buffer.from(staticBody, 'utf8').equals(listBytes)) throw new Error('product list is not valid UTF-8');

      const check = await fetch(`${url}${STATIC_PATH}`);
      const checkBytes = Buffer.from(await check.arrayBuffer());
      if (check.status !== 200 || !checkBytes.equals(listBytes) || check.headers.get('content-type') !== listType) {
        throw new Error(`static probe differs from the list: ${check.status} ${check.headers.get('content-type')}, ${checkBytes.length} bytes`);
      }

      console.log(`engine ${engine}, ${url}, ${loaderDescription(workers)}; ${connections} connections × ${duration} s per route`);
      console.log(
        `catalog: ${productCount} products seeded in ${seedSeconds.toFixed(1)} s (${visible} visible, X-Total-Count ${totalCount}); ` +
          `GET ${LIST_PATH} = ${page.length} products, ${listBytes.length} bytes, ${listType}`,
      );

      const staticRun = { url: `${url}${STATIC_PATH}`, connections };
      const listRun = { url: `${url}${LIST_PATH}`, connections, headers: { authorization } };
      if (warmup > 0) {
        console.log(`warming up (${warmup} s per route)…`);
        await load('warm-up static', { ...staticRun, duration: warmup }, workers);
        await load('warm-up list', { ...listRun, duration: warmup }, workers);
      }
      console.log(`running (a) GET ${STATIC_PATH}…`);
      const a = await load(`(a) GET ${STATIC_PATH}`, { ...staticRun, duration }, workers);
      console.log(describe(a));
      console.log(`running (b) GET ${LIST_PATH}…`);
      const b = await load(`(b) GET ${LIST_PATH}`, { ...listRun, duration }, workers);
      console.log(describe(b));
      await server.drain();

      const ratio = a.rps > 0 ? b.rps / a.rps : 0;
      const verdict = ratio >= TARGET_RATIO ? 'PASS' : 'FAIL';
      console.log('');
      console.log(figuresTable([a, b]));
      console.log('');
      console.log(`engine: ${engine}`);
      console.log(`list/static req/s ratio: ${ratio.toFixed(3)} (target ≥ ${TARGET_RATIO}) ${verdict}`);
      if (a.cpuPerRequest && b.cpuPerRequest) {
        console.log(
          `static/list server-CPU-per-request ratio: ${(a.cpuPerRequest / b.cpuPerRequest).toFixed(3)} ` +
            `(the catalog path costs ${(b.cpuPerRequest - a.cpuPerRequest).toFixed(0)} µs CPU per request; informational)`,
        );
      }
      if (!allSucceeded([a, b])) console.log('warning: some requests failed (see non-2xx/err); the figures are not trustworthy');
    },
  );
}

runBenchmark(main);
