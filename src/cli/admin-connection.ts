import { randomBytes } from 'node:crypto';
import type { Config } from '../config.ts';
import { DataDirLockedError, readLockOwner } from '../infra/db/data-dir-lock.ts';
import { fileSecret } from '../infra/secrets.ts';
import { AdminClient, httpTransport, requestHeaders, type AdminTransport } from './admin-client.ts';

const WAIT_FOR_SERVER_MS = 15_000;

export interface ConnectOptions {
  /**
   * May this command start a new store when there is none (`createsStore` in `store-access.ts`)?
   * false: it fails with a message naming the data directory (or database), creating nothing.
   */
  create: boolean;
}

/**
 * The admin client of the store in DATA_DIR (or DATABASE_URL). PGlite allows one process per
 * data directory: when a server holds it, the calls go to that server's admin API with the token
 * it keeps in the directory (waiting for a server that is starting); otherwise, as on
 * PostgreSQL, the CLI opens the store and calls the same admin routes in-process.
 */
export async function connectAdmin(config: Config, options: ConnectOptions): Promise<AdminClient> {
  const deadline = Date.now() + WAIT_FOR_SERVER_MS;
  for (;;) {
    if (!config.databaseUrl) {
      const owner = await readLockOwner(config.dataDir);
      if (owner?.url) return new AdminClient(httpTransport(owner.url, await fileSecret(config.dataDir, 'admin-token')));
      if (owner && (owner.purpose !== 'server' || Date.now() > deadline)) {
        throw new DataDirLockedError(config.dataDir, owner);
      }
      if (owner) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        continue;
      }
    }
    try {
      return new AdminClient(await inProcessTransport(config, options));
    } catch (error) {
      if (!(error instanceof DataDirLockedError) || Date.now() > deadline) throw error;
    }
  }
}

/** The audit actor of changes the CLI makes in-process (as before the admin API carried them). */
const IN_PROCESS_ACTOR = 'cli';

/**
 * Opens the store, wires its services and builds the admin routes (not the client API) with a
 * static token made for this process only; `app.inject` calls them without a socket. The
 * database engines, the services and Fastify are imported here, so `--help` and commands sent to
 * a running server never load them.
 */
async function inProcessTransport(config: Config, options: ConnectOptions): Promise<AdminTransport> {
  const [{ default: pino }, { openStoreDatabase }, { createContainer }, { buildAdminApp }] = await Promise.all([
    import('pino'),
    import('../infra/db/open.ts'),
    import('../container.ts'),
    import('../app.ts'),
  ]);
  const { database, lock, created } = await openStoreDatabase(config, 'cli', { create: options.create });
  if (created) process.stderr.write(`created a new store in ${created}\n`);
  const token = randomBytes(32).toString('base64url');
  const logger = pino({ level: 'silent' });
  let container: Awaited<ReturnType<typeof createContainer>> | null = null;
  try {
    container = await createContainer(config, database, logger, {
      staticOperatorTokens: [{ token, operator: IN_PROCESS_ACTOR, actor: IN_PROCESS_ACTOR }],
    });
    const app = await buildAdminApp(container, { logger });
    await app.ready();
    const opened = container;
    return {
      via: 'in-process',
      async send(method, path, options) {
        const response = await app.inject({
          method: method as 'GET',
          url: path,
          headers: requestHeaders(token, options),
          payload: options.body,
          payloadAsStream: options.onText !== undefined,
        });
        let text = '';
        if (options.onText) {
          const decoder = new TextDecoder();
          for await (const chunk of response.stream()) {
            const piece = decoder.decode(chunk as Buffer, { stream: true });
            text += piece;
            options.onText(piece);
          }
        } else {
          text = response.body;
        }
        return {
          status: response.statusCode,
          header: (name) => {
            const value = response.headers[name.toLowerCase()];
            return value === undefined ? null : Array.isArray(value) ? value.join(', ') : String(value);
          },
          text,
        };
      },
      async close() {
        await app.close();
        await opened.close();
        await lock?.release();
      },
    };
  } catch (error) {
    if (container) await container.close();
    else await database.close();
    await lock?.release();
    throw error;
  }
}
