import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { CatalogAdministration } from '../catalog/catalog.service.ts';
import { parseCatalogFile } from '../catalog/catalog.file.ts';
import type { ImportReport } from '../catalog/catalog.import.ts';
import type { ClientAdministration, CreatedClient } from '../clients/clients.service.ts';
import type { FxAdministration } from '../ledger/fx.service.ts';
import type { WalletAdministration } from '../ledger/wallets.service.ts';
import type { InventoryAdministration } from '../inventory/inventory.service.ts';
import { formatDecimal, parseDecimal } from '../money/decimal.ts';
import { DEMO_CLIENT_NAME, DEMO_STOCK_PER_VALUE } from './demo-constants.ts';

/**
 * `popup-store demo`: a demo client with the `vouchers` feature, a catalog of
 * realistic products (`demo-catalog.json`, in the import format), stock for the products the
 * inventory supplier delivers, funded wallets and FX rates.
 * Idempotent: every run brings the same things to the same state and issues a new secret.
 *
 * The client and the products are marked as demo data: in production mode no other client sees
 * the products, and no sandbox (TEST-) or DEMO- code is issued to another client
 * (`CatalogService.view`, `SupplierRegistry.mayIssue`). In sandbox mode every client sees them.
 */

export { DEMO_CLIENT_NAME, DEMO_STOCK_PER_VALUE } from './demo-constants.ts';
export const DEMO_CATALOG_FILE = new URL('./demo-catalog.json', import.meta.url);

/** PREPAID wallets of the demo client, topped up to this balance on every run. */
export const DEMO_WALLETS = [
  { currency: 'USD', target: '10000.00', places: 2 },
  { currency: 'EUR', target: '10000.00', places: 2 },
  { currency: 'GBP', target: '10000.00', places: 2 },
] as const;

/** 1 source = rate destination: between the wallet currencies, and from the other product currencies into them. */
export const DEMO_FX_RATES: readonly { source: string; destination: string; rate: string }[] = [
  { source: 'USD', destination: 'EUR', rate: '0.92' },
  { source: 'USD', destination: 'GBP', rate: '0.79' },
  { source: 'EUR', destination: 'USD', rate: '1.09' },
  { source: 'EUR', destination: 'GBP', rate: '0.86' },
  { source: 'GBP', destination: 'USD', rate: '1.27' },
  { source: 'GBP', destination: 'EUR', rate: '1.17' },
  { source: 'JPY', destination: 'USD', rate: '0.0067' },
  { source: 'JPY', destination: 'EUR', rate: '0.0062' },
  { source: 'JPY', destination: 'GBP', rate: '0.0053' },
  { source: 'CAD', destination: 'USD', rate: '0.73' },
  { source: 'CAD', destination: 'EUR', rate: '0.68' },
  { source: 'CAD', destination: 'GBP', rate: '0.58' },
  { source: 'AUD', destination: 'USD', rate: '0.66' },
  { source: 'AUD', destination: 'EUR', rate: '0.61' },
  { source: 'AUD', destination: 'GBP', rate: '0.52' },
];

export interface DemoBackend {
  clients: ClientAdministration;
  catalog: CatalogAdministration;
  inventory: InventoryAdministration;
  wallets: WalletAdministration;
  fx: FxAdministration;
}

export interface DemoResult {
  /** Fresh credentials: the secret is new on every run. */
  credentials: CreatedClient;
  clientCreated: boolean;
  catalog: ImportReport;
  /** Per inventory product and fixed value: codes added in this run and available now. */
  stock: { product_id: number; name: string; denomination: number; imported: number; available: number }[];
  wallets: { currency: string; wallet_id: number; balance: number; credited: string | null; created: boolean }[];
  /** Pairs that got a rate in this run ("USD/EUR"); pairs that already had a current rate keep it. */
  fxRatesSet: string[];
}

export function demoCatalogRecords() {
  const parsed = parseCatalogFile(readFileSync(DEMO_CATALOG_FILE, 'utf8'), 'json');
  if (parsed.errors.length) throw new Error(`demo catalog: line ${parsed.errors[0]!.line}: ${parsed.errors[0]!.message}`);
  return parsed.records;
}

/** Minor units of a balance given as a JSON number (e.g. 9876.5 → 987650n at 2 places). */
function minorUnits(amount: number, places: number): bigint {
  const value = parseDecimal(amount)!;
  return value.units * 10n ** BigInt(places - Math.min(places, value.scale));
}

export async function runDemo(backend: DemoBackend): Promise<DemoResult> {
  // 1. The catalog: the same import an operator runs; products are matched by name, so a
  //    second run changes nothing (or puts back what was changed in a demo product).
  const catalog = await backend.catalog.importCatalog(demoCatalogRecords(), { demo: true });
  if (!catalog.ok) {
    const first = catalog.errors[0]!;
    throw new Error(`demo catalog: line ${first.line}: ${first.message}`);
  }

  const stock = await topUpDemoStock(backend, catalog);

  // 2. The client: found by name (a demo client first), kept active, marked as the demo client
  //    with the vouchers feature, and a new secret.
  const existing = (await backend.clients.listClients())
    .filter((client) => client.name === DEMO_CLIENT_NAME)
    .sort((a, b) => Number(b.demo) - Number(a.demo) || a.id - b.id)[0];
  let credentials: CreatedClient;
  if (existing) {
    if (!existing.active) await backend.clients.setActive(existing.id, true);
    if (!existing.demo) await backend.clients.setDemo(existing.id, true);
    if (!existing.features.includes('vouchers')) await backend.clients.setFeatures(existing.id, [...existing.features, 'vouchers']);
    credentials = await backend.clients.rotateSecret(existing.id);
  } else {
    credentials = await backend.clients.createClient({ name: DEMO_CLIENT_NAME, features: ['vouchers'], demo: true });
  }
  const clientId = credentials.client_id;

  // 3. Wallets: created when missing, topped up to the target when below it (never debited).
  const wallets: DemoResult['wallets'] = [];
  const current = await backend.wallets.listWallets({ clientId });
  for (const spec of DEMO_WALLETS) {
    let wallet = current.find((w) => w.currency_code === spec.currency);
    const created = !wallet;
    wallet ??= await backend.wallets.createWallet({ client_id: clientId, currency: spec.currency, type: 'PREPAID' });
    const shortfall = minorUnits(Number(spec.target), spec.places) - minorUnits(wallet.amount, spec.places);
    let credited: string | null = null;
    let balance = wallet.amount;
    if (shortfall > 0n) {
      credited = formatDecimal({ units: shortfall, scale: spec.places }, spec.places);
      const transaction = await backend.wallets.creditWallet(wallet.id, { amount: credited, remarks: 'Demo funding' });
      balance = transaction.balance_after ?? Number(spec.target);
    }
    wallets.push({ currency: spec.currency, wallet_id: wallet.id, balance, credited, created });
  }

  // 4. FX rates: set for a pair only when it has no rate in force, so history does not grow per run.
  const inForce = new Set(
    (await backend.fx.listFxRates())
      .filter((rate) => rate.status === 'CURRENT')
      .map((rate) => `${rate.source_currency}/${rate.destination_currency}`),
  );
  const fxRatesSet: string[] = [];
  for (const rate of DEMO_FX_RATES) {
    const pair = `${rate.source}/${rate.destination}`;
    if (inForce.has(pair)) continue;
    await backend.fx.setFxRate({ source_currency: rate.source, destination_currency: rate.destination, rate: rate.rate });
    fxRatesSet.push(pair);
  }

  return { credentials, clientCreated: !existing, catalog, stock, wallets, fxRatesSet };
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const randomText = (length: number, alphabet = CODE_ALPHABET) => [...randomBytes(length)].map((byte) => alphabet[byte % alphabet.length]).join('');

/** A demo voucher: clearly marked (`DEMO-`), random, with a PIN for the products that have one. */
function demoVoucher(voucherType: string): Record<string, string> {
  const code = `DEMO-${randomText(4)}-${randomText(4)}-${randomText(4)}`;
  return {
    ...(voucherType === 'URL' ? { claim_url: `https://demo.popup-store.invalid/claim/${randomText(16)}` } : { code }),
    ...(voucherType === 'CODE_WITH_PIN' ? { pin: randomText(6, '0123456789') } : {}),
    serial: `DEMO-${randomText(10, '0123456789')}`,
  };
}

/**
 * 1b. Stock: every fixed value of the demo products delivered by the inventory supplier is
 * topped up to DEMO_STOCK_PER_VALUE unexpired codes (never reduced), through the same import an
 * operator runs, so a new user can order them at once.
 */
async function topUpDemoStock(backend: DemoBackend, catalog: ImportReport): Promise<DemoResult['stock']> {
  const demoIds = new Set(catalog.products.map((product) => product.product_id));
  const products = (await backend.catalog.listProducts()).filter((product) => demoIds.has(product.id) && product.supplier === 'inventory');
  const result: DemoResult['stock'] = [];
  for (const product of products) {
    const levels = await backend.inventory.stockLevels({ productId: product.id });
    for (const range of product.denominations.filter((d) => d.min_value === d.max_value)) {
      const available = levels.find((level) => level.denomination === range.min_value)?.available ?? 0;
      const missing = Math.max(0, DEMO_STOCK_PER_VALUE - available);
      if (missing > 0) {
        const report = await backend.inventory.importCodes({
          productId: product.id,
          denomination: range.min_value,
          records: Array.from({ length: missing }, (_, i) => ({ line: i + 2, fields: demoVoucher(product.voucher_type) })),
          source: 'popup-store demo',
        });
        if (!report.ok) throw new Error(`demo stock for ${product.name}: line ${report.errors[0]!.line}: ${report.errors[0]!.message}`);
      }
      result.push({ product_id: product.id, name: product.name, denomination: range.min_value, imported: missing, available: available + missing });
    }
  }
  return result;
}
