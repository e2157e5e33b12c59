/**
 * The server of bench/catalog.ts, in a process of its own (bench/server-process.ts): the store on
 * a throw-away database (bench/harness.ts), a catalog seeded through the services (3 categories,
 * 8 subcategories, BENCH_PRODUCTS products across 7 countries and 6 currencies, fixed and range
 * denominations, a few inactive), a client with the `vouchers` feature logged in, and
 * GET /bench/products-static answering the exact bytes of the client's
 * GET /api/v1/products?limit=50. Reports what the parent loads, then serves until it is told to stop.
 */
import { fileURLToPath } from 'node:url';
import type { CreateProductInput, DenominationInput } from '../src/catalog/catalog.service.ts';
import type { Container } from '../src/container.ts';
import type { VoucherType } from '../src/infra/db/schema.ts';
import { createClientAndLogIn, envNumber, runBenchmark, withBenchServer } from './harness.ts';
import { reportReady } from './server-process.ts';

export const LIST_PATH = '/api/v1/products?limit=50';
export const STATIC_PATH = '/bench/products-static';
export const COUNTRIES_PATH = '/api/v1/countries';

/** What the parent needs to load the server and to describe the run. */
export interface CatalogServerInfo {
  url: string;
  engine: string;
  authorization: string;
  productCount: number;
  visible: number;
  seedSeconds: number;
  totalCount: string | null;
  pageLength: number;
  /** The list's exact body and content type (the static route's, and the bare server's). */
  listBody: string;
  listType: string;
  countriesBytes: number;
}

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

/** GETs `url` and checks the answer: 200, and the bytes and content type expected when given. */
export async function probe(url: string, headers: Record<string, string>, expected?: { body: string; type: string }) {
  const response = await fetch(url, { headers });
  const bytes = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status} ${bytes.toString('utf8')}`);
  const type = response.headers.get('content-type') ?? '';
  if (expected && (!bytes.equals(Buffer.from(expected.body, 'utf8')) || type !== expected.type)) {
    throw new Error(`GET ${url} differs from the list: ${type}, ${bytes.length} bytes`);
  }
  return { bytes, type, headers: response.headers };
}

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
      const list = await probe(`${url}${LIST_PATH}`, { authorization });
      staticBody = list.bytes.toString('utf8');
      staticType = list.type;
      if (!Buffer.from(staticBody, 'utf8').equals(list.bytes)) throw new Error('product list is not valid UTF-8');
      await probe(`${url}${STATIC_PATH}`, {}, { body: staticBody, type: staticType });
      const countries = await probe(`${url}${COUNTRIES_PATH}`, { authorization });
      await reportReady<CatalogServerInfo>({
        url,
        engine,
        authorization,
        productCount,
        visible,
        seedSeconds,
        totalCount: list.headers.get('x-total-count'),
        pageLength: (JSON.parse(staticBody) as unknown[]).length,
        listBody: staticBody,
        listType: staticType,
        countriesBytes: countries.bytes.length,
      });
    },
    // The bare process has no hooks: the app gets none but its own.
    { countRequests: false },
  );
}

// Run when started as a process; bench/catalog.ts imports the paths and types only.
if (process.argv[1] === fileURLToPath(import.meta.url)) runBenchmark(main);
