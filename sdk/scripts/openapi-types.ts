// The SDK's types from the store's OpenAPI document: the client API's document when the store
// serves one (GET /docs/openapi.json), else the client paths (/auth/*, /api/v1/*) of the document
// of every route (GET /docs/json). openapi-typescript writes the types, Prettier their layout, so
// the file is the same on every run for the same document (a test compares them).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import * as prettier from 'prettier';

export const GENERATED_FILE = path.resolve(import.meta.dirname, '../src/generated/openapi.ts');

export interface DocumentSource {
  /** GET `url` on the store: its status and body. */
  get(url: string): Promise<{ status: number; body: string }>;
}

const CLIENT_DOCUMENT = '/docs/openapi.json';
const WHOLE_DOCUMENT = '/docs/json';
/** What tests add to a store (test/helpers/store.ts), never part of the API. */
const TEST_ONLY_PATHS = new Set(['/api/v1/__probe']);

const isClientPath = (route: string) => (route.startsWith('/auth/') || route.startsWith('/api/v1/')) && !TEST_ONLY_PATHS.has(route);

/** The client API's OpenAPI document, from whichever of the two the store answers. */
export async function clientDocument(source: DocumentSource): Promise<OpenAPI3> {
  const own = await source.get(CLIENT_DOCUMENT);
  const whole = own.status === 200 ? own : await source.get(WHOLE_DOCUMENT);
  if (whole.status !== 200) throw new Error(`GET ${WHOLE_DOCUMENT} answered ${whole.status}`);
  const document = JSON.parse(whole.body) as OpenAPI3;
  const paths = Object.entries(document.paths ?? {}).filter(([route]) => isClientPath(route));
  return { ...document, paths: Object.fromEntries(paths) };
}

const HEADER = `// Generated from the store's OpenAPI document by sdk/scripts/generate-types.ts (npm run sdk:generate).
// Do not edit: change the route schemas and generate again.
`;

/** The TypeScript module of the document's types, laid out as the repository's Prettier settings say. */
export async function renderTypes(document: OpenAPI3): Promise<string> {
  const ast = await openapiTS(document, { silent: true });
  const source = HEADER + astToString(ast);
  const options = await prettier.resolveConfig(GENERATED_FILE);
  return prettier.format(source, { ...options, filepath: GENERATED_FILE });
}

export const readGeneratedTypes = () => readFile(GENERATED_FILE, 'utf8');
