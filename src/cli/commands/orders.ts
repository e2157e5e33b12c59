import type { Command } from 'commander';
import { MAX_LIMIT, MAX_PAGE } from '../../http/page-limits.ts';
import { ORDER_STATUSES } from '../../infra/db/schema.ts';
import type { OrderWire, WithAdmin } from '../admin-api.ts';
import { money, named, positiveId, printPage, table, wholeNumber } from '../command-helpers.ts';
import { printJson } from '../output.ts';
import { longerThan } from '../../shared/text-length.ts';

/** As the admin route takes it (CancelOrderBody). */
const MAX_REMARKS = 500;

function orderStatus(value: string): string {
  const status = value.toUpperCase();
  if (!(ORDER_STATUSES as readonly string[]).includes(status)) {
    throw new Error(`Invalid status: ${value} (one of ${ORDER_STATUSES.join(', ')})`);
  }
  return status;
}

/** What operator retries charged again, when they charged anything (the refunds count every refund). */
const recharged = (order: OrderWire) =>
  order.recharged_amount === 0 ? '' : `; charged again by retries ${money(order.recharged_amount, order.deduction_currency)}`;

function printOrder(order: OrderWire): void {
  const product = (amount: number) => money(amount, order.base_currency);
  const paid = (amount: number) => money(amount, order.deduction_currency);
  process.stdout.write(
    [
      `order ${order.id}: ${order.status}`,
      `  client:      ${order.client_name} (client ${order.client_id})`,
      `  product:     ${order.product_name} (product ${order.product_id}, supplier ${order.supplier})`,
      `  vouchers:    ${order.delivered_quantity} of ${order.quantity} delivered, ${product(order.denomination)} each`,
      `  amount:      ${product(order.amount)}, discount ${product(order.discount)} (${order.discount_rate}%)`,
      `  paid:        ${paid(order.total_payable)} from wallet ${order.wallet_id}${order.transaction_id ? ` (transaction ${order.transaction_id})` : ''}`,
      `  refunded:    ${paid(order.refunded_amount)}${recharged(order)}`,
      `  reference:   ${order.client_reference ?? '-'}`,
      `  email:       ${order.email ?? '-'}`,
      `  message:     ${order.message ?? '-'}`,
      ...(order.failure_code ? [`  failure:     ${order.failure_code}: ${order.failure_reason ?? ''}`] : []),
      ...(order.operator_remarks ? [`  remarks:     ${order.operator_remarks}`] : []),
      `  created:     ${order.created_at}`,
      `  completed:   ${order.completed_at ?? '-'}`,
      '',
    ].join('\n'),
  );
}

export function registerOrderCommands(program: Command, withAdmin: WithAdmin): void {
  const orders = program
    .command('orders')
    .description("every client's orders: list, show (never the voucher codes), cancel with refund, retry of undelivered vouchers");

  orders
    .command('list')
    .description('list orders, newest first')
    .option('--client <id>', 'only this client')
    .option('--status <status>', `only this status: ${ORDER_STATUSES.join(', ')}`)
    .option('--limit <n>', 'orders per page', '50')
    .option('--page <n>', 'page', '1')
    .option('--json', 'print a JSON array')
    .action(async (options: { client?: string; status?: string; limit: string; page: string; json?: boolean }) => {
      const query = {
        client_id: options.client === undefined ? undefined : String(positiveId(options.client, 'client')),
        status: options.status === undefined ? undefined : orderStatus(options.status),
        limit: String(wholeNumber(options.limit, 'limit', MAX_LIMIT)),
        page: String(wholeNumber(options.page, 'page', MAX_PAGE)),
      };
      const { items, meta } = await withAdmin((api) => api.orders.list(query));
      if (options.json) return printJson(items);
      printPage(
        items,
        meta,
        (page) =>
          table(
            ['ID', 'CREATED', 'CLIENT', 'STATUS', 'DELIVERED', 'PAID', 'PRODUCT'],
            page.map((o) => [
              String(o.id),
              o.created_at,
              named(o.client_id, o.client_name),
              o.status,
              `${o.delivered_quantity}/${o.quantity}`,
              money(o.total_payable, o.deduction_currency),
              named(o.product_id, o.product_name),
            ]),
          ),
        'orders',
      );
    });

  orders
    .command('show <id>')
    .description('one order with its progress, payment and refund (never its voucher codes)')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const order = await withAdmin((api) => api.orders.show(positiveId(id, 'order')));
      if (options.json) printJson(order);
      else printOrder(order);
    });

  orders
    .command('timeline <id>')
    .description(
      'what happened to an order, in the order it happened: placed, paid, delivered, refunded, events sent, operator actions (never its codes)',
    )
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const timeline = await withAdmin((api) => api.orders.timeline(positiveId(id, 'order')));
      if (options.json) return printJson(timeline);
      process.stdout.write(
        table(
          ['TIME', 'KIND', 'ACTOR', 'WHAT'],
          timeline.entries.map((entry) => [entry.at, entry.kind, entry.actor ?? '-', entry.summary]),
        ),
      );
    });

  orders
    .command('cancel <id>')
    .description('cancel a PENDING order with nothing delivered: refunds it in full and returns its vouchers to stock')
    .option(
      '--remarks <text>',
      `why, for operators: kept with the order (orders show) and in the audit log, never shown to the client, who sees "Cancelled by the operator" (at most ${MAX_REMARKS} characters)`,
    )
    .option('--json', 'print the cancelled order as JSON')
    .action(async (id: string, options: { remarks?: string; json?: boolean }) => {
      const orderId = positiveId(id, 'order');
      if (options.remarks !== undefined && longerThan(options.remarks, MAX_REMARKS)) {
        throw new Error(`Invalid remarks: at most ${MAX_REMARKS} characters`);
      }
      const order = await withAdmin((api) => api.orders.cancel(orderId, options.remarks));
      if (options.json) return printJson(order);
      process.stdout.write(
        `order ${order.id} cancelled; ${money(order.refunded_amount, order.deduction_currency)} refunded to wallet ${order.wallet_id}\n`,
      );
    });

  orders
    .command('retry <id>')
    .description(
      'deliver again the undelivered vouchers of an order that ended FAILED or PARTIALLY_DELIVERED: charges its wallet again what was refunded for them (docs/orders.md)',
    )
    .option('--json', 'print the order as JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const orderId = positiveId(id, 'order');
      const order = await withAdmin((api) => api.orders.retry(orderId));
      if (options.json) return printJson(order);
      process.stdout.write(
        order.status === 'DELIVERED'
          ? `order ${order.id} retried: DELIVERED, ${order.quantity} of ${order.quantity} vouchers\n`
          : `order ${order.id} retried: ${order.status}, ${order.delivered_quantity} of ${order.quantity} vouchers delivered so far; the rest are being delivered\n`,
      );
    });
}
