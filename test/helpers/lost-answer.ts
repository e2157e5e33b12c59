import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import type { DatabaseHandle, Engine } from '../../src/infra/db/database.ts';
import { openTestDatabase, type TestDatabase } from './store.ts';

/**
 * Loses the answer of the next statement that inserts an order, as a connection lost after the
 * statement ran (and committed) would: the store sees `Connection terminated unexpectedly` and
 * answers 503; the order is in the database all the same. `before` loses it before it runs
 * instead; `meanwhile` runs once between the order's id being taken and its insert.
 */
export class LostAnswer implements KyselyPlugin {
  armed: 'after' | 'before' | null = null;
  meanwhile: (() => Promise<unknown>) | null = null;
  /** Fails the next statement of this shape (its operation node as JSON) before it runs, as a database gone would. */
  failNext: RegExp | null = null;
  readonly #orderInserts = new WeakSet<object>();
  readonly #orderIds = new WeakSet<object>();
  #pending: Promise<unknown> | null = null;
  constructor(private readonly engine: Engine) {}
  /** Waits for `meanwhile` where it was not waited for in place. */
  async settled(): Promise<void> {
    await this.#pending;
  }
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const text = JSON.stringify(args.node, (_, value: unknown) => (typeof value === 'bigint' ? String(value) : value));
    if (text.includes('orders_id_seq')) this.#orderIds.add(args.queryId);
    if (this.failNext?.test(text)) {
      this.failNext = null;
      throw new Error('Connection terminated unexpectedly');
    }
    if (this.armed && /"kind":"InsertQueryNode".*?"name":"orders"/.test(text)) {
      if (this.armed === 'before') {
        this.armed = null;
        throw new Error('Connection terminated unexpectedly');
      }
      this.#orderInserts.add(args.queryId);
    }
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.meanwhile && this.#orderIds.has(args.queryId)) {
      const meanwhile = this.meanwhile();
      this.meanwhile = null;
      // PGlite's one connection is still this statement's: queued behind it, `meanwhile` runs before the next.
      if (this.engine === 'pglite') this.#pending = meanwhile;
      else await meanwhile;
    }
    if (this.armed === 'after' && this.#orderInserts.has(args.queryId)) {
      this.armed = null;
      throw new Error('Connection terminated unexpectedly');
    }
    return args.result;
  }
}

/** A fresh test database whose statements go through `lose` (pass it to `startTestStore` as `database`; drop it after). */
export async function openDatabaseLosingAnswers(engine: Engine, lose: LostAnswer): Promise<TestDatabase> {
  const database = await openTestDatabase(engine);
  const handle = database.database;
  const withLoss: DatabaseHandle = Object.assign(Object.create(handle) as DatabaseHandle, { db: handle.db.withPlugin(lose) });
  return { ...database, database: withLoss };
}
