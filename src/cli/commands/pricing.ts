import type { Command } from 'commander';
import type { TermsWire, WithAdmin } from '../admin-api.ts';
import { positiveId } from '../command-helpers.ts';
import { printJson } from '../output.ts';

export function printTerms(terms: TermsWire): void {
  const lines = [
    `terms of client ${terms.client_id}`,
    `  tax rate:     ${terms.tax_rate}%`,
    `  max quantity: ${terms.default_max_quantity} per order unless listed below`,
    ...terms.max_quantities.map((limit) => `  product ${limit.product_id} (${limit.product_name}): ${limit.max_quantity}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * `clients terms`, `clients tax-rate`, `clients max-quantity set|remove`: the terms a client's
 * quotes and orders are priced with (docs/pricing.md). Values travel as given; the admin route
 * validates them.
 */
export function registerPricingCommands(program: Command, withAdmin: WithAdmin): void {
  const clients = program.commands.find((command) => command.name() === 'clients') ?? program.command('clients');

  clients
    .command('terms <client>')
    .description("a client's tax rate and per-product order limits (max_quantity)")
    .option('--json', 'print JSON')
    .action(async (client: string, options: { json?: boolean }) => {
      const terms = await withAdmin((api) => api.terms.show(positiveId(client, 'client')));
      if (options.json) printJson(terms);
      else printTerms(terms);
    });

  clients
    .command('tax-rate <client> <percent>')
    .description("set the client's tax rate (gst_amount on every quote and order), 0 to 100 with up to 3 decimals")
    .option('--json', "print the client's terms as JSON")
    .action(async (client: string, percent: string, options: { json?: boolean }) => {
      const clientId = positiveId(client, 'client');
      const terms = await withAdmin((api) => api.terms.setTaxRate(clientId, percent.trim()));
      if (options.json) return printJson(terms);
      process.stdout.write(`client ${clientId} tax rate: ${terms.tax_rate}%\n`);
    });

  const limit = clients.command('max-quantity').description('per-product order limits of one client (default 5000)');
  limit
    .command('set <client> <product> <quantity>')
    .description('the most vouchers one order of the client may ask for of the product (1 to 5000)')
    .option('--json', "print the client's terms as JSON")
    .action(async (client: string, product: string, quantity: string, options: { json?: boolean }) => {
      const clientId = positiveId(client, 'client');
      const productId = positiveId(product, 'product');
      if (!/^\d{1,9}$/.test(quantity.trim())) throw new Error(`Invalid max quantity: ${quantity} (an integer from 1 to 5000)`);
      const maxQuantity = Number(quantity.trim());
      const terms = await withAdmin((api) => api.terms.setMaxQuantity(clientId, productId, maxQuantity));
      if (options.json) return printJson(terms);
      process.stdout.write(`client ${clientId} may order at most ${maxQuantity} of product ${productId} at once\n`);
    });
  limit
    .command('remove <client> <product>')
    .description('remove the limit (the default 5000 applies again)')
    .option('--json', "print the client's terms as JSON")
    .action(async (client: string, product: string, options: { json?: boolean }) => {
      const clientId = positiveId(client, 'client');
      const productId = positiveId(product, 'product');
      const terms = await withAdmin((api) => api.terms.removeMaxQuantity(clientId, productId));
      if (options.json) return printJson(terms);
      process.stdout.write(`max quantity of client ${clientId} for product ${productId} removed (default ${terms.default_max_quantity})\n`);
    });
}
