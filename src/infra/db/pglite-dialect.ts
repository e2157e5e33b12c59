import { parse, protocol, type PGlite } from '@electric-sql/pglite';
import {
  type CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';
import { MAX_PREPARED, worthPreparing } from './prepared-statements.ts';

interface PreparedStatement {
  name: string;
  parameterTypes: number[];
  /** What Describe said the rows look like (absent: the statement returns no rows). */
  rowDescription: BackendMessage | undefined;
}

const { serialize } = protocol;
const { parseDescribeStatementResults, parseResults } = parse;
type BackendMessage = Awaited<ReturnType<PGlite['execProtocol']>>['messages'][number];
const concat = (...parts: Uint8Array[]) => Buffer.concat(parts);

/**
 * PGlite has a single connection, so Kysely's transactions must not interleave with other
 * queries: the driver hands out that one connection behind a FIFO mutex.
 *
 * `PGlite.query` makes six calls into the WebAssembly backend per statement and parses and
 * plans it every time. Parameterised statements here are prepared once (named; which ones:
 * `prepared-statements.ts`) and then run with one call: Bind, Execute, Sync. Transaction
 * control uses the simple protocol.
 */
class PGliteConnection implements DatabaseConnection {
  private readonly prepared = new Map<string, PreparedStatement>();

  constructor(private readonly pglite: PGlite) {}

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const { sql, parameters } = compiledQuery;
    const statement = await this.preparedFor(sql, parameters.length);
    if (!statement) {
      const result = await this.pglite.query<R>(sql, parameters as unknown[]);
      return toQueryResult(result.rows, result.affectedRows);
    }
    const values = parameters.map((value, i) => {
      if (value === null || value === undefined) return null;
      const serialize = this.pglite.serializers[statement.parameterTypes[i]!];
      return serialize ? serialize(value) : String(value);
    });
    const messages = await this.exchange(concat(serialize.bind({ statement: statement.name, values }), serialize.execute({}), serialize.sync()));
    const [result] = parseResults(statement.rowDescription ? [statement.rowDescription, ...messages] : messages, this.pglite.parsers);
    return toQueryResult(result!.rows as R[], result!.affectedRows);
  }

  /** Transaction control: one simple-protocol round instead of a prepared one. */
  async control(command: 'BEGIN' | 'COMMIT' | 'ROLLBACK'): Promise<void> {
    await this.pglite.exec(command);
  }

  private async preparedFor(sql: string, parameterCount: number): Promise<PreparedStatement | null> {
    if (!worthPreparing(sql, parameterCount)) return null;
    const known = this.prepared.get(sql);
    if (known) return known;
    if (this.prepared.size >= MAX_PREPARED) return null;
    const name = `k${this.prepared.size + 1}`;
    const messages = await this.exchange(concat(serialize.parse({ name, text: sql }), serialize.describe({ type: 'S', name }), serialize.sync()));
    const statement: PreparedStatement = {
      name,
      parameterTypes: parseDescribeStatementResults(messages),
      rowDescription: messages.find((message) => message.name === 'rowDescription'),
    };
    this.prepared.set(sql, statement);
    return statement;
  }

  /**
   * One batch of protocol messages, under PGlite's own query lock: `execProtocol` is not locked,
   * and PGlite work of other callers (LISTEN) running meanwhile would take its replies.
   */
  private async exchange(message: Uint8Array): Promise<BackendMessage[]> {
    const { messages } = await this.pglite._runExclusiveQuery(() => this.pglite.execProtocol(message));
    return messages;
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported on PGlite');
  }
}

function toQueryResult<R>(rows: R[], affected: number | undefined): QueryResult<R> {
  return affected === undefined ? { rows } : { rows, numAffectedRows: BigInt(affected) };
}

class Mutex {
  private tail: Promise<void> = Promise.resolve();

  lock(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.tail.then(() => release);
    this.tail = this.tail.then(() => next);
    return acquired;
  }
}

class PGliteDriver implements Driver {
  private readonly mutex = new Mutex();
  private readonly connection: PGliteConnection;
  private release: (() => void) | null = null;

  constructor(private readonly pglite: PGlite) {
    this.connection = new PGliteConnection(pglite);
  }

  async init(): Promise<void> {
    await this.pglite.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    this.release = await this.mutex.lock();
    return this.connection;
  }

  async beginTransaction(): Promise<void> {
    await this.connection.control('BEGIN');
  }

  async commitTransaction(): Promise<void> {
    await this.connection.control('COMMIT');
  }

  async rollbackTransaction(): Promise<void> {
    await this.connection.control('ROLLBACK');
  }

  async releaseConnection(): Promise<void> {
    const release = this.release;
    this.release = null;
    release?.();
  }

  async destroy(): Promise<void> {
    if (!this.pglite.closed) await this.pglite.close();
  }
}

export class PGliteDialect implements Dialect {
  constructor(private readonly pglite: PGlite) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver() {
    return new PGliteDriver(this.pglite);
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}
