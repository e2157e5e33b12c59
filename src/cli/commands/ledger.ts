import type { Command } from 'commander';
import type { FxRateWire, LowBalanceWire, ReconciliationWire, TransactionWire, WalletWire, WithAdmin } from '../admin-api.ts';
import { money, positiveId, table, wholeNumber } from '../command-helpers.ts';
import { printJson } from '../output.ts';
import { createsStore } from '../store-access.ts';
import { listOptions, listQuery, printList, type ListFlags } from '../list-options.ts';
import type { FxRateSortField, FxRateStatus } from '../../ledger/fx.repository.ts';

/** The sorts and statuses of GET /admin/v1/fx-rates (FX_RATE_SORT_FIELDS, FX_RATE_STATUSES). */
export const FX_SORTS = ['pair', 'valid_from', 'created_at', 'id'] as const satisfies readonly FxRateSortField[];
export const FX_STATUSES = ['CURRENT', 'SUPERSEDED', 'SCHEDULED', 'EXPIRED'] as const satisfies readonly FxRateStatus[];

function printWallet(wallet: WalletWire): void {
  process.stdout.write(
    [
      `wallet ${wallet.id}: ${wallet.name} of client ${wallet.client_id}`,
      `  type:         ${wallet.type}`,
      `  balance:      ${money(wallet.amount, wallet.currency_code)}`,
      ...(wallet.type === 'POSTPAID' ? [`  credit limit: ${money(wallet.credit_limit, wallet.currency_code)}`] : []),
      `  created:      ${wallet.created_at}`,
      '',
    ].join('\n'),
  );
}

function printTransaction(t: TransactionWire): void {
  process.stdout.write(
    [
      `transaction ${t.id}: ${t.transaction_type} ${money(t.amount, t.currency_code)} on wallet ${t.wallet_id} (${t.status})`,
      `  balance after: ${money(t.balance_after, t.currency_code)}`,
      `  remarks:       ${t.remarks}`,
      '',
    ].join('\n'),
  );
}

function printTransactions(list: TransactionWire[]): void {
  if (list.length === 0) return void process.stdout.write('no transactions\n');
  process.stdout.write(
    table(
      ['ID', 'CREATED', 'TYPE', 'AMOUNT', 'BALANCE AFTER', 'REMARKS'],
      list.map((t) => [
        String(t.id),
        t.created_at,
        t.transaction_type,
        money(t.amount, t.currency_code),
        money(t.balance_after, t.currency_code),
        t.remarks,
      ]),
    ),
  );
}

function fxLine(rate: FxRateWire): string[] {
  return [
    String(rate.id),
    `${rate.source_currency}/${rate.destination_currency}`,
    String(rate.rate),
    money(rate.conversion_fee, rate.destination_currency),
    rate.valid_from,
    rate.valid_to ?? '-',
    rate.status,
  ];
}

const FX_HEADER = ['ID', 'PAIR', 'RATE', 'FEE', 'VALID FROM', 'VALID TO', 'STATUS'];

function printReport(report: ReconciliationWire): void {
  const { summary } = report;
  const counted = `${summary.wallets} wallets, ${summary.transactions} transactions, ${summary.entries} entries, ${summary.accounts} accounts, ${summary.currencies} currencies`;
  if (report.ok) {
    process.stdout.write(`ledger OK: ${report.checks.length} checks passed (${counted})\n`);
    return;
  }
  const failed = report.checks.filter((check) => !check.ok);
  const lines = [`ledger reconciliation FAILED at ${report.checked_at}: ${failed.length} of ${report.checks.length} checks broken (${counted})`];
  for (const check of failed) {
    lines.push(`  ${check.name}: ${check.breaks} break(s) — ${check.description}`);
    for (const item of report.breaks.filter((b) => b.check === check.name)) lines.push(`    - ${item.message}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function registerLedgerCommands(program: Command, withAdmin: WithAdmin): void {
  const wallets = program.command('wallets').description("manage clients' wallets (ledger-backed)");

  wallets
    .command('create')
    .description('create a wallet for a client in a currency')
    .requiredOption('--client <id>', 'client id')
    .requiredOption('--currency <code>', 'ISO 4217 code, e.g. USD')
    .option('--type <type>', 'PREPAID or POSTPAID', 'PREPAID')
    .option('--credit-limit <amount>', 'POSTPAID: how far below zero the balance may go')
    .option('--json', 'print the wallet as JSON')
    .action(async (options: { client: string; currency: string; type: string; creditLimit?: string; json?: boolean }) => {
      const clientId = positiveId(options.client, 'client');
      const wallet = await withAdmin((api) =>
        api.wallets.create({ client_id: clientId, currency: options.currency, type: options.type, credit_limit: options.creditLimit }),
      );
      if (options.json) printJson(wallet);
      else printWallet(wallet);
    });

  for (const [name, verb] of [
    ['credit', 'top up'],
    ['debit', 'take money from'],
  ] as const) {
    wallets
      .command(`${name} <wallet-id> <amount>`)
      .description(`${verb} a wallet: a ledger transaction against the FUNDING account, audited`)
      .option('--remarks <text>', 'appended to the remark: "USD Wallet credited by amount 500.00 - <text>"')
      .option('--idempotency-key <key>', 'the same command again with the same key (after an error) posts nothing twice')
      .option('--json', 'print the transaction as JSON')
      .action(async (id: string, amount: string, options: { remarks?: string; idempotencyKey?: string; json?: boolean }) => {
        const walletId = positiveId(id, 'wallet');
        const adjustment = { amount, remarks: options.remarks };
        const transaction = await withAdmin((api) => api.wallets.adjust(walletId, name, adjustment, options.idempotencyKey));
        if (options.json) printJson(transaction);
        else printTransaction(transaction);
      });
  }

  wallets
    .command('list')
    .description('list wallets, newest first')
    .option('--client <id>', 'only this client')
    .option('--json', 'print a JSON array')
    .action(async (options: { client?: string; json?: boolean }) => {
      const clientId = options.client === undefined ? undefined : positiveId(options.client, 'client');
      const list = await withAdmin((api) => api.wallets.list({ client_id: clientId }));
      if (options.json) return printJson(list);
      if (list.length === 0) return void process.stdout.write('no wallets\n');
      process.stdout.write(
        table(
          ['ID', 'CLIENT', 'CURRENCY', 'TYPE', 'BALANCE', 'CREDIT LIMIT'],
          list.map((w) => [
            String(w.id),
            String(w.client_id),
            w.currency_code,
            w.type,
            money(w.amount, w.currency_code),
            w.type === 'POSTPAID' ? money(w.credit_limit, w.currency_code) : '-',
          ]),
        ),
      );
    });

  wallets
    .command('show <wallet-id>')
    .description('show one wallet')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const wallet = await withAdmin((api) => api.wallets.show(positiveId(id, 'wallet')));
      if (options.json) printJson(wallet);
      else printWallet(wallet);
    });

  wallets
    .command('transactions <wallet-id>')
    .description("a wallet's transactions, newest first")
    .option('--limit <n>', 'how many (1 – 10000)', '50')
    .option('--json', 'print a JSON array')
    .action(async (id: string, options: { limit: string; json?: boolean }) => {
      const walletId = positiveId(id, 'wallet');
      const limit = wholeNumber(options.limit, 'limit', 10_000);
      const list = await withAdmin((api) => api.wallets.transactions(walletId, { limit }));
      if (options.json) printJson(list);
      else printTransactions(list);
    });

  const lowBalanceLine = (w: LowBalanceWire) => [
    String(w.wallet_id),
    w.currency,
    money(w.balance, w.currency),
    w.threshold === null ? '-' : money(w.threshold, w.currency),
    w.below ? 'below' : '-',
    w.alerted_at ?? '-',
  ];
  const LOW_BALANCE_HEADER = ['WALLET', 'CURRENCY', 'BALANCE', 'THRESHOLD', 'BELOW', 'LAST ALERT'];

  wallets
    .command('low-balance <wallet-id> [threshold]')
    .description("set a wallet's low-balance threshold (an amount in its currency, ≥ 0), or remove it with --clear; audited (docs/low-balance.md)")
    .option('--clear', 'remove the threshold: no alert')
    .option('--json', 'print JSON')
    .action(async (id: string, threshold: string | undefined, options: { clear?: boolean; json?: boolean }) => {
      const walletId = positiveId(id, 'wallet');
      if ((threshold === undefined) === !options.clear) throw new Error('Give a threshold or --clear (not both)');
      const set = await withAdmin((api) => api.wallets.setLowBalance(walletId, { threshold: options.clear ? null : threshold! }));
      if (options.json) return printJson(set);
      process.stdout.write(table(LOW_BALANCE_HEADER, [lowBalanceLine(set)]));
    });

  wallets
    .command('low-balances <client-id>')
    .description("a client's wallets with their low-balance thresholds and last alerts")
    .option('--json', 'print a JSON array')
    .action(async (id: string, options: { json?: boolean }) => {
      const list = await withAdmin((api) => api.wallets.lowBalance(positiveId(id, 'client')));
      if (options.json) return printJson(list);
      if (list.length === 0) return void process.stdout.write('no wallets\n');
      process.stdout.write(table(LOW_BALANCE_HEADER, list.map(lowBalanceLine)));
    });

  const fx = program.command('fx').description('FX rates per currency pair (history kept)');

  createsStore(fx.command('set <source> <destination> <rate>'))
    .description('from now (or --valid-from) on, 1 <source> = <rate> <destination>; the previous rate stays in the history')
    .option('--fee <amount>', 'fixed conversion fee in the destination currency', '0')
    .option('--valid-from <time>', 'RFC 3339 start (default now)')
    .option('--valid-to <time>', 'RFC 3339 end (default open-ended)')
    .option('--json', 'print the rate as JSON')
    .action(
      async (source: string, destination: string, rate: string, options: { fee: string; validFrom?: string; validTo?: string; json?: boolean }) => {
        const created = await withAdmin((api) =>
          api.fx.set({
            source_currency: source,
            destination_currency: destination,
            rate,
            conversion_fee: options.fee,
            valid_from: options.validFrom,
            valid_to: options.validTo,
          }),
        );
        if (options.json) return printJson(created);
        process.stdout.write(
          `rate ${created.id}: 1 ${created.source_currency} = ${created.rate} ${created.destination_currency}, ` +
            `fee ${money(created.conversion_fee, created.destination_currency)}, ` +
            `valid from ${created.valid_from}${created.valid_to ? ` to ${created.valid_to}` : ''} (${created.status})\n`,
        );
      },
    );

  listOptions(
    fx
      .command('list')
      .description('the FX rate history, by pair, newest first per pair')
      .option('--source <code>', 'only rates from this currency')
      .option('--destination <code>', 'only rates into this currency')
      .option('--currency <code>', 'only rates from or into this currency')
      .option('--status <status>', `only rates of this status now: ${FX_STATUSES.join(', ')}`),
    FX_SORTS,
    'pair',
  ).action(async (options: ListFlags & { source?: string; destination?: string; currency?: string; status?: string }) => {
    const status = options.status?.toUpperCase();
    if (status !== undefined && !(FX_STATUSES as readonly string[]).includes(status)) {
      throw new Error(`Invalid status: ${options.status} (one of ${FX_STATUSES.join(', ')})`);
    }
    const query = {
      ...listQuery(options, FX_SORTS, 'pair'),
      source_currency: options.source,
      destination_currency: options.destination,
      currency: options.currency,
      status,
    };
    const { items, meta } = await withAdmin((api) => api.fx.list(query));
    printList(items, meta, options, 'FX rates', (list) => process.stdout.write(table(FX_HEADER, list.map(fxLine))));
  });

  program
    .command('reconcile')
    .description('check every ledger invariant (docs/ledger.md, Reconciliation); exits 1 when any is broken')
    .option('--json', 'print the report as one JSON object')
    .action(async (options: { json?: boolean }) => {
      const report = await withAdmin((api) => api.ledger.reconcile());
      if (options.json) printJson(report);
      else printReport(report);
      if (!report.ok) {
        const broken = report.checks.reduce((sum, check) => sum + check.breaks, 0);
        throw new Error(`ledger reconciliation found ${broken} break(s)`);
      }
    });
}
