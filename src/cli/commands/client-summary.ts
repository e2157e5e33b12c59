import type { Command } from 'commander';
import type { ClientSummaryWire, WithAdmin } from '../admin-api.ts';
import { money, positiveId } from '../command-helpers.ts';
import { printClient, printJson } from '../output.ts';
import { printPricing } from './catalog.ts';
import { printCredentials } from './client-credentials.ts';
import { printRateLimits } from './clients.ts';
import { printTerms } from './pricing.ts';

function printSummary(summary: ClientSummaryWire): void {
  printClient(summary.client);
  const wallets = summary.wallets.map(
    (wallet) => `  wallet ${wallet.id}: ${wallet.name}, ${wallet.type}, ${money(wallet.amount, wallet.currency_code)}`,
  );
  process.stdout.write(`wallets of client ${summary.client.id}\n${wallets.length ? wallets.join('\n') : '  (none)'}\n`);
  printTerms(summary.terms);
  printRateLimits(summary.rate_limits);
  printPricing(summary.pricing);
  process.stdout.write(`API credentials of client ${summary.client.id}\n`);
  printCredentials(summary.credentials);
  const topUp = summary.top_up.effective;
  process.stdout.write(
    `how to top up (${summary.top_up.client_text === null ? "the store's text" : "the client's own text"}):\n${topUp ?? '(none)'}\n`,
  );
}

/** `clients summary <id>`: what the console's page of a client shows, from one request (GET /admin/v1/clients/:id/summary). */
export function registerClientSummaryCommand(program: Command, withAdmin: WithAdmin): void {
  const clients = program.commands.find((command) => command.name() === 'clients') ?? program.command('clients');
  clients
    .command('summary <id>')
    .description(
      'a client with its wallets, terms, rate limits, pricing (blacklist, negotiated discounts), API credentials and top-up text, in one request',
    )
    .option('--json', 'print JSON (the API answer: client, wallets, terms, rate_limits, pricing, credentials, top_up)')
    .action(async (id: string, options: { json?: boolean }) => {
      const summary = await withAdmin((api) => api.clients.summary(positiveId(id, 'client')));
      if (options.json) printJson(summary);
      else printSummary(summary);
    });
}
