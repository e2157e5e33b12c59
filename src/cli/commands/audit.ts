import type { Command } from 'commander';
import { MAX_LIMIT, MAX_PAGE } from '../../http/page-limits.ts';
import { parseRfc3339 } from '../../shared/dates.ts';
import type { AuditEntryWire, WithAdmin } from '../admin-api.ts';
import { positiveId, printPage, table, wholeNumber } from '../command-helpers.ts';
import { printJson } from '../output.ts';

/** Details are cut to this many characters in the table (--json prints them whole). */
const DETAILS_WIDTH = 100;

function time(value: string, name: string): string {
  if (!parseRfc3339(value)) throw new Error(`Invalid ${name}: ${value} (RFC 3339, e.g. 2026-12-01T09:30:00Z, or a date, 2026-12-01)`);
  return value;
}

/** `client.*`-style areas and exact actions are the route's own (README, Admin API). */
function action(value: string): string {
  if (!/^[a-z0-9_]+(\.[a-z0-9_]+)*(\.\*)?$/.test(value))
    throw new Error(`Invalid action: ${value} (e.g. client.deactivate, or client.* for an area)`);
  return value;
}

function target(value: string): { target_type: string; target_id?: string } {
  const match = /^([a-z0-9_]+)(?::([A-Za-z0-9_.-]+))?$/.exec(value);
  if (!match) throw new Error(`Invalid target: ${value} (a type, e.g. wallet, or type:id, e.g. wallet:3)`);
  return { target_type: match[1]!, ...(match[2] === undefined ? {} : { target_id: match[2] }) };
}

function cut(text: string): string {
  return text.length > DETAILS_WIDTH ? `${text.slice(0, DETAILS_WIDTH - 1)}…` : text;
}

function entriesTable(entries: AuditEntryWire[]): string {
  return table(
    ['ID', 'TIME', 'ACTOR', 'ACTION', 'TARGET', 'CLIENT', 'DETAILS'],
    entries.map((entry) => [
      String(entry.id),
      entry.created_at,
      entry.actor,
      entry.action,
      entry.target ?? '-',
      entry.client_id === null ? '-' : String(entry.client_id),
      cut(JSON.stringify(entry.details)),
    ]),
  );
}

interface AuditOptions {
  actor?: string;
  action?: string;
  client?: string;
  target?: string;
  since?: string;
  until?: string;
  limit: string;
  page: string;
  json?: boolean;
}

export function registerAuditCommands(program: Command, withAdmin: WithAdmin): void {
  program
    .command('audit')
    .description('read the audit log, newest first: who changed what, when, before and after (never a secret)')
    .option('--actor <actor>', 'only this actor, exactly: operator:NAME, operator:admin-token, operator:local-cli, cli, system, client:ID')
    .option('--action <action>', 'only this action (client.deactivate), or an area (client.*)')
    .option('--client <id>', 'only entries concerning this client (its changes, its wallets, orders, webhooks)')
    .option('--target <type[:id]>', 'only entries whose target is of this type (wallet), or this one (wallet:3)')
    .option('--since <time>', 'from this time on (RFC 3339, or a date: midnight UTC)')
    .option('--until <time>', 'before this time (RFC 3339, or a date)')
    .option('--limit <n>', `entries per page (1 to ${MAX_LIMIT})`, '50')
    .option('--page <n>', 'page', '1')
    .option('--json', 'print the page as a JSON array')
    .action(async (options: AuditOptions) => {
      const query = {
        actor: options.actor,
        action: options.action === undefined ? undefined : action(options.action),
        client_id: options.client === undefined ? undefined : String(positiveId(options.client, 'client')),
        ...(options.target === undefined ? {} : target(options.target)),
        start_date: options.since === undefined ? undefined : time(options.since, '--since'),
        end_date: options.until === undefined ? undefined : time(options.until, '--until'),
        limit: String(wholeNumber(options.limit, 'limit', MAX_LIMIT)),
        page: String(wholeNumber(options.page, 'page', MAX_PAGE)),
      };
      const { items, meta } = await withAdmin((api) => api.audit.list(query));
      if (options.json) return printJson(items);
      printPage(items, meta, entriesTable, 'audit entries', 'entries');
    });
}
