// npm run web:generate: reads the admin and portal APIs' OpenAPI documents from a store built in
// this process and writes the web apps' types (web/shared/generated/). A test compares the files
// with a fresh generation.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { API_TYPES, apiTypes, servedDocuments, type ApiName } from './api-types.ts';

const documents = await servedDocuments();
for (const name of Object.keys(API_TYPES) as ApiName[]) {
  await writeFile(API_TYPES[name].file, await apiTypes(name, documents[name]));
  console.log(`wrote ${path.relative(process.cwd(), API_TYPES[name].file)}`);
}
