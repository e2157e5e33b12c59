import { createHash } from 'node:crypto';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import { MAX_PREPARED, worthPreparing } from './prepared-statements.ts';

/**
 * A pg pool for Kysely whose clients run parameterised statements as named prepared
 * statements: PostgreSQL parses and plans each distinct statement once per connection instead of
 * on every execution. Which ones: `prepared-statements.ts`; the others run unnamed.
 */

export class PreparedStatementPool implements PostgresPool {
  /** Statement text → its name, shared by every connection (the name is a hash of the text). */
  private readonly names = new Map<string, string>();

  constructor(private readonly pool: pg.Pool) {}

  async connect(): Promise<PostgresPoolClient> {
    const client = await this.pool.connect();
    return {
      query: ((text: string | pg.Submittable, parameters: ReadonlyArray<unknown> = []) => {
        if (typeof text !== 'string') return client.query(text); // a cursor (streaming)
        const name = this.nameOf(text, parameters.length);
        return name === null ? client.query(text, parameters as unknown[]) : client.query({ name, text, values: parameters as unknown[] });
      }) as unknown as PostgresPoolClient['query'],
      release: () => client.release(),
    };
  }

  end(): Promise<void> {
    return this.pool.end();
  }

  private nameOf(text: string, parameterCount: number): string | null {
    if (!worthPreparing(text, parameterCount)) return null;
    let name = this.names.get(text);
    if (name === undefined) {
      if (this.names.size >= MAX_PREPARED) return null;
      name = `k${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
      this.names.set(text, name);
    }
    return name;
  }
}
