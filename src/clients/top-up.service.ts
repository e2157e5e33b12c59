import type { Kysely } from 'kysely';
import { errors } from '../shared/errors.ts';
import { recordAudit } from '../infra/audit.ts';
import type { Database } from '../infra/db/schema.ts';
import type { ClientScope } from '../auth/client-scope.ts';
import * as repo from './clients.repository.ts';
import { longerThan } from '../shared/text-length.ts';

export const TOP_UP_TEXT_MAX_LENGTH = 2000;

/** A client's text on topping up: its own, the store's, and the one its people see. */
export interface ClientTopUpText {
  client_id: number;
  client_text: string | null;
  store_text: string | null;
  effective: string | null;
}

/**
 * How clients top up their wallets (docs/portal.md): a plain text the operator sets for the store,
 * and optionally one for a client that replaces it for that client. Trimmed; empty is none.
 * Shown on the portal's wallets page as text (never as HTML).
 */
export class TopUpInstructionsService {
  constructor(
    private readonly deps: { db: Kysely<Database> },
    private readonly actor: string,
  ) {}

  as(actor: string): TopUpInstructionsService {
    return new TopUpInstructionsService(this.deps, actor);
  }

  storeText(): Promise<string | null> {
    return repo.findStoreTopUpText(this.deps.db);
  }

  async setStoreText(text: string | null): Promise<string | null> {
    const value = checkText(text);
    await this.deps.db.transaction().execute(async (trx) => {
      const before = await repo.findStoreTopUpText(trx);
      await repo.setStoreTopUpText(trx, value);
      await recordAudit(trx, {
        actor: this.actor,
        action: 'settings.top_up_instructions',
        target: 'settings:top_up_instructions',
        details: { before, after: value },
      });
    });
    return value;
  }

  async forOperator(clientId: number): Promise<ClientTopUpText> {
    const own = await repo.findClientTopUpText(this.deps.db, clientId);
    if (!own) throw errors.notFound('Client not found');
    const store = await repo.findStoreTopUpText(this.deps.db);
    return { client_id: clientId, client_text: own.text, store_text: store, effective: own.text ?? store };
  }

  async setForClient(clientId: number, text: string | null): Promise<ClientTopUpText> {
    const value = checkText(text);
    await this.deps.db.transaction().execute(async (trx) => {
      const before = await repo.findClientTopUpText(trx, clientId);
      if (!before) throw errors.notFound('Client not found');
      await repo.setClientTopUpText(trx, clientId, value);
      await recordAudit(trx, {
        actor: this.actor,
        action: 'client.top_up_instructions',
        target: `client:${clientId}`,
        details: { before: before.text, after: value },
      });
    });
    return this.forOperator(clientId);
  }

  /** What the client's people read: the client's own text, else the store's, else null. */
  async forClient(scope: ClientScope): Promise<string | null> {
    const own = await repo.findClientTopUpText(this.deps.db, scope.clientId);
    return own?.text ?? (await repo.findStoreTopUpText(this.deps.db));
  }
}

function checkText(text: string | null): string | null {
  const value = text?.trim() ?? '';
  if (longerThan(value, TOP_UP_TEXT_MAX_LENGTH)) {
    const message = `must be at most ${TOP_UP_TEXT_MAX_LENGTH} characters`;
    throw errors.validation(`Invalid text: ${message}`, [{ field: 'text', message }]);
  }
  return value || null;
}
