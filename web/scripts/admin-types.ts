import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import * as prettier from 'prettier';
import { withServedStore } from '../../scripts/served-document.ts';

export const ADMIN_TYPES_FILE = path.resolve(import.meta.dirname, '../shared/generated/admin-api.ts');

const HEADER = `// Generated from the admin API's OpenAPI document by web/scripts/generate-types.ts (npm run web:generate).
// Do not edit: change the route schemas and generate again.
`;

/** The admin API's OpenAPI document, from a store built in this process on an in-memory database. */
export async function adminDocument(): Promise<OpenAPI3> {
  const answer = await withServedStore((get) => get('/admin/docs/openapi.json'));
  if (answer.status !== 200) throw new Error(`GET /admin/docs/openapi.json answered ${answer.status}`);
  return JSON.parse(answer.body) as OpenAPI3;
}

/** The console's types module for the admin API, laid out as the repository's Prettier settings say. */
export async function adminApiTypes(document?: OpenAPI3): Promise<string> {
  const ast = await openapiTS(document ?? (await adminDocument()), { silent: true });
  const options = await prettier.resolveConfig(ADMIN_TYPES_FILE);
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: ADMIN_TYPES_FILE });
}
