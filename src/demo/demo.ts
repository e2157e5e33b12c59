import { readFileSync } from 'node:fs';
import type { CatalogAdministration } from '../catalog/catalog.service.ts';
import { parseCatalogFile } from '../catalog/catalog.file.ts';
import type { ImportReport } from '../catalog/catalog.import.ts';
import type { ClientAdministration, CreatedClient } from '../clients/clients.service.ts';
import type { FxAdministration } from '../ledger/fx.service.ts';
import type { WalletAdministration } from '../ledger/wallets.service.ts';
import { formatDecimal, parseDecimal } from '../money/decimal.ts';

/**
 * `popup-store demo` (operator.md 4): a demo client with the `vouchers` feature, a catalog of
 * realistic products (`demo-catalog.json`, in the import format), funded wallets and FX rates.
 * Idempotent: every run brings the same things to the same state and issues a new secret.
 */

export const DEMO_CLIENT_NAME = 'Demo client';
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
  wallets: WalletAdministration;
  fx: FxAdministration;
}

export interface DemoResult {
  /** Fresh credentials: the secret is new on every run. */
  credentials: CreatedClient;
  clientCreated: boolean;
  catalog: ImportReport;
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
  const catalog = await backend.catalog.importCatalog(demoCatalogRecords());
  if (!catalog.ok) {
    const first = catalog.errors[0]!;
    throw new Error(`demo catalog: line ${first.line}: ${first.message}`);
  }

  // 2. The client: found by name, kept active with the vouchers feature, and a new secret.
  const existing = (await backend.clients.listClients())
    .filter((client) => client.name === DEMO_CLIENT_NAME)
    .sort((a, b) => a.id - b.id)[0];
  let credentials: CreatedClient;
  if (existing) {
    if (!existing.active) await backend.clients.setActive(existing.id, true);
    if (!existing.features.includes('vouchers')) await backend.clients.setFeatures(existing.id, [...existing.features, 'vouchers']);
    credentials = await backend.clients.rotateSecret(existing.id);
  } else {
    credentials = await backend.clients.createClient({ name: DEMO_CLIENT_NAME, features: ['vouchers'] });
  }
  const clientId = credentials.client_id;

  // 3. Wallets: created when missing, topped up to the target when below it (never debited).
  const wallets: DemoResult['wallets'] = [];
  const current = await backend.wallets.listWallets({ clientId });
  for (const spec of DEMO_WALLETS) {
    let wallet = current.find((w) => w.currency_code === spec.currency);
    const created = !wallet;
    wallet ??= await backend.wallets.createWallet({ clientId, currency: spec.currency, type: 'PREPAID' });
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
    (await backend.fx.listFxRates()).filter((rate) => rate.status === 'CURRENT').map((rate) => `${rate.source_currency}/${rate.destination_currency}`),
  );
  const fxRatesSet: string[] = [];
  for (const rate of DEMO_FX_RATES) {
    const pair = `${rate.source}/${rate.destination}`;
    if (inForce.has(pair)) continue;
    await backend.fx.setFxRate({ source: rate.source, destination: rate.destination, rate: rate.rate });
    fxRatesSet.push(pair);
  }

  return { credentials, clientCreated: !existing, catalog, wallets, fxRatesSet };
}
