// npm run sdk:generate: boots the store in this process on an in-memory embedded database, reads
// its OpenAPI document and writes the SDK's types (sdk/src/generated/openapi.ts).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createContainer } from '../../src/container.ts';
import { openPGlite } from '../../src/infra/db/database.ts';
import { migrateToLatest } from '../../src/infra/db/migrate.ts';
import { clientDocument, GENERATED_FILE, renderTypes } from './openapi-types.ts';

const dataDir = await mkdtemp(path.join(tmpdir(), 'prs-sdk-types-'));
const database = await openPGlite(null);
try {
  await migrateToLatest(database);
  const logger = pino({ level: 'silent' });
  const container = await createContainer(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), database, logger, { ephemeral: true });
  const app = await buildApp(container, { logger });
  await app.ready();
  const document = await clientDocument({
    get: async (url) => {
      const response = await app.inject({ method: 'GET', url });
      return { status: response.statusCode, body: response.body };
    },
  });
  await writeFile(GENERATED_FILE, await renderTypes(document));
  console.log(`wrote ${path.relative(process.cwd(), GENERATED_FILE)} (${Object.keys(document.paths ?? {}).length} paths)`);
  await app.close();
  await container.bus.close();
} finally {
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
}
