import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import * as prettier from 'prettier';
import { withServedStore } from '../../scripts/served-document.ts';

/** The documents the web apps are typed from, and the file each one's types go to. */
export const API_TYPES = {
  admin: { document: '/admin/docs/openapi.json', file: path.resolve(import.meta.dirname, '../shared/generated/admin-api.ts') },
  portal: { document: '/portal/docs/openapi.json', file: path.resolve(import.meta.dirname, '../shared/generated/portal-api.ts') },
} as const;
export type ApiName = keyof typeof API_TYPES;

const header = (name: ApiName) => `// Generated from the ${name} API's OpenAPI document by web/scripts/generate-types.ts (npm run web:generate).
// Do not edit: change the route schemas and generate again.
`;

/** Every document of API_TYPES, from a store built in this process on an in-memory database. */
export async function servedDocuments(): Promise<Record<ApiName, OpenAPI3>> {
  return withServedStore(async (get) => {
    const documents = {} as Record<ApiName, OpenAPI3>;
    for (const [name, { document }] of Object.entries(API_TYPES) as [ApiName, (typeof API_TYPES)[ApiName]][]) {
      const answer = await get(document);
      if (answer.status !== 200) throw new Error(`GET ${document} answered ${answer.status}`);
      documents[name] = JSON.parse(answer.body) as OpenAPI3;
    }
    return documents;
  });
}

/** A types module for one API, laid out as the repository's Prettier settings say. */
export async function apiTypes(name: ApiName, document: OpenAPI3): Promise<string> {
  const ast = await openapiTS(document, { silent: true });
  const file = API_TYPES[name].file;
  const options = await prettier.resolveConfig(file);
  return prettier.format(header(name) + astToString(ast), { ...options, filepath: file });
}
