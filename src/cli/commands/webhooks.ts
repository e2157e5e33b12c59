import type { Command } from 'commander';
import type { AttemptWire, WebhookWire, WithAdmin } from '../admin-api.ts';
import { named, positiveId, table, wholeNumber } from '../command-helpers.ts';
import { printJson } from '../output.ts';
import { listOptions, listQuery, printList, type ListFlags } from '../list-options.ts';
import type { WebhookSortField, WebhookState } from '../../webhooks/webhooks.repository.ts';

/** The sorts and states of GET /admin/v1/webhooks (WEBHOOK_SORT_FIELDS, WEBHOOK_STATES). */
export const WEBHOOK_SORTS = ['id', 'client_id', 'created_at', 'failing_since'] as const satisfies readonly WebhookSortField[];
export const WEBHOOK_LIST_STATES = ['healthy', 'failing', 'disabled'] as const satisfies readonly Lowercase<WebhookState>[];

function state(hook: WebhookWire): string {
  if (hook.disabled_at) return `disabled (${hook.disabled_by})`;
  if (!hook.active) return 'inactive';
  return hook.failing_since ? `failing since ${hook.failing_since}` : 'active';
}

function printWebhook(hook: WebhookWire): void {
  process.stdout.write(
    [
      `webhook ${hook.id} of client ${named(hook.client_id, hook.client_name)}: ${hook.url}`,
      `  state:   ${state(hook)}`,
      ...(hook.disabled_reason ? [`  reason:  ${hook.disabled_reason}`] : []),
      `  events:  ${hook.events.join(', ')}`,
      `  success: ${hook.last_success_at ?? '-'}   failure: ${hook.last_failure_at ?? '-'}`,
      '',
    ].join('\n'),
  );
}

function printAttempts(list: AttemptWire[]): void {
  if (list.length === 0) return void process.stdout.write('no attempts\n');
  process.stdout.write(
    table(
      ['STARTED', 'EVENT', 'TYPE', 'TRY', 'RESULT', 'MS', 'DELIVERY'],
      list.map((a) => [
        a.started_at,
        a.event_id,
        a.kind === 'event' ? a.event_type : `${a.event_type} (${a.kind})`,
        String(a.attempt),
        a.success ? `ok ${a.status_code}` : (a.error ?? 'failed'),
        String(a.duration_ms),
        a.delivery_status === 'pending' ? `retry at ${a.next_attempt_at}` : a.delivery_status,
      ]),
    ),
  );
}

export function registerWebhookCommands(program: Command, withAdmin: WithAdmin): void {
  const webhooks = program.command('webhooks').description("clients' webhook endpoints: list, disable, enable, delivery attempts");

  listOptions(
    webhooks
      .command('list')
      .description('every webhook endpoint, newest first')
      .option('--client <id>', 'only this client')
      .option('--state <state>', `only endpoints in this state: ${WEBHOOK_LIST_STATES.join(', ')}`),
    WEBHOOK_SORTS,
    'id',
  ).action(async (options: ListFlags & { client?: string; state?: string }) => {
    const wanted = options.state?.toLowerCase();
    if (wanted !== undefined && !(WEBHOOK_LIST_STATES as readonly string[]).includes(wanted)) {
      throw new Error(`Invalid state: ${options.state} (one of ${WEBHOOK_LIST_STATES.join(', ')})`);
    }
    const query = {
      ...listQuery(options, WEBHOOK_SORTS, 'id'),
      client_id: options.client === undefined ? undefined : positiveId(options.client, 'client'),
      state: wanted,
    };
    const { items, meta } = await withAdmin((api) => api.webhooks.list(query));
    printList(items, meta, options, 'webhooks', (list) =>
      process.stdout.write(
        table(
          ['ID', 'CLIENT', 'STATE', 'EVENTS', 'URL'],
          list.map((hook) => [String(hook.id), named(hook.client_id, hook.client_name), state(hook), hook.events.join(','), hook.url]),
        ),
      ),
    );
  });

  webhooks
    .command('disable <webhook-id>')
    .description('stop all deliveries to the endpoint (the client sees the reason); pending ones are given up')
    .option('--reason <text>', 'shown to the client', 'Disabled by the operator')
    .option('--json', 'print the webhook as JSON')
    .action(async (id: string, options: { reason: string; json?: boolean }) => {
      const webhookId = positiveId(id, 'webhook');
      const hook = await withAdmin((api) => api.webhooks.disable(webhookId, options.reason));
      if (options.json) printJson(hook);
      else printWebhook(hook);
    });

  webhooks
    .command('enable <webhook-id>')
    .description('deliver to the endpoint again (clears a disable by the store or an operator)')
    .option('--json', 'print the webhook as JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const webhookId = positiveId(id, 'webhook');
      const hook = await withAdmin((api) => api.webhooks.enable(webhookId));
      if (options.json) printJson(hook);
      else printWebhook(hook);
    });

  webhooks
    .command('attempts <webhook-id>')
    .description("the endpoint's delivery attempts, newest first")
    .option('--limit <n>', 'how many (1 – 1000)', '50')
    .option('--json', 'print a JSON array')
    .action(async (id: string, options: { limit: string; json?: boolean }) => {
      const webhookId = positiveId(id, 'webhook');
      const limit = wholeNumber(options.limit, 'limit', 1000);
      const list = await withAdmin((api) => api.webhooks.attempts(webhookId, { limit: String(limit) }));
      if (options.json) printJson(list);
      else printAttempts(list);
    });
}
