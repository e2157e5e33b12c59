import pino from 'pino';
import { buildApp, type App } from './app.ts';
import type { Config } from './config.ts';
import { createContainer, type Container } from './container.ts';
import { loggerOptions } from './infra/logger.ts';
import { openStoreDatabase } from './infra/db/open.ts';

export interface RunningServer {
  app: App;
  container: Container;
  url: string;
  stop(): Promise<void>;
}

/** Opens the database, migrates, listens, and advertises the URL for the local CLI. */
export async function startServer(config: Config): Promise<RunningServer> {
  const logger = pino(loggerOptions(config.logLevel));
  const { database, lock, created } = await openStoreDatabase(config, 'server', {
    warn: (message) => logger.warn({ dataDir: config.dataDir }, message),
  });
  if (created) logger.info({ store: created }, `created a new store in ${created}`);
  let container: Container | null = null;
  try {
    container = await createContainer(config, database, logger);
    const app = await buildApp(container, { logger });
    const url = await app.listen({ host: config.host, port: config.port });
    await lock?.advertise(url);
    container.startWorkers();
    const ready = container;
    let stopping: Promise<void> | null = null;
    const stop = () =>
      (stopping ??= (async () => {
        app.beginShutdown();
        const timer = setTimeout(() => {
          logger.error('shutdown timed out; exiting');
          process.exit(1);
        }, config.shutdownTimeoutMs).unref();
        await app.close(); // waits for in-flight requests
        await ready.close();
        await lock?.release();
        clearTimeout(timer);
        logger.info('server stopped');
      })());
    return { app, container, url, stop };
  } catch (error) {
    if (container) await container.close();
    else await database.close();
    await lock?.release();
    throw error;
  }
}

/** `popup-store serve`: runs until SIGTERM/SIGINT, then drains and exits 0. */
export async function serve(config: Config): Promise<void> {
  // Whatever the server creates (database files, secrets, the lock, e-mail notices) is its user's
  // alone, also where a file's mode is not given explicitly.
  process.umask(0o077);
  const server = await startServer(config);
  server.app.log.info({ url: server.url, engine: server.container.database.engine }, 'popup reward store listening');
  const onSignal = (signal: string) => {
    server.app.log.info({ signal }, 'shutting down');
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  process.once('SIGINT', () => onSignal('SIGINT'));
}
