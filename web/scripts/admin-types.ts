import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import pino from 'pino';
import * as prettier from 'prettier';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createContainer } from '../../src/container.ts';
import { openPGlite } from '../../src/infra/db/database.ts';
import { migrateToLatest } from '../../src/infra/db/migrate.ts';

export const ADMIN_TYPES_FILE = path.resolve(import.meta.dirname, '../shared/generated/admin-api.ts');

const HEADER = `// Generated from the admin API's OpenAPI document by web/scripts/generate-types.ts (npm run web:generate).
// Do not edit: change the route schemas and generate again.
`;

/** The admin API's OpenAPI document, from a store built in this process on an in-memory database. */
export async function adminDocument(): Promise<OpenAPI3> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'prs-web-types-'));
  const database = await openPGlite(null);
  try {
    await migrateToLatest(database);
    const logger = pino({ level: 'silent' });
    const container = await createContainer(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), database, logger, { ephemeral: true });
    const app = await buildApp(container, { logger });
    await app.ready();
    const response = await app.inject({ method: 'GET', url: '/admin/docs/openapi.json' });
    await app.close();
    await container.bus.close();
    if (response.statusCode !== 200) throw new Error(`GET /admin/docs/openapi.json answered ${response.statusCode}`);
    return response.json() as OpenAPI3;
  } finally {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The console's types module for the admin API, laid out as the repository's Prettier settings say. */
export async function adminApiTypes(document?: OpenAPI3): Promise<string> {
  const ast = await openapiTS(document ?? (await adminDocument()), { silent: true });
  const options = await prettier.resolveConfig(ADMIN_TYPES_FILE);
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: ADMIN_TYPES_FILE });
}
