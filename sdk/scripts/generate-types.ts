// npm run sdk:generate: reads the client API's OpenAPI document from a store built in this process
// and writes the SDK's types (sdk/src/generated/openapi.ts).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { withServedStore } from '../../scripts/served-document.ts';
import { clientDocument, GENERATED_FILE, renderTypes } from './openapi-types.ts';

const document = await withServedStore((get) => clientDocument({ get }));
await writeFile(GENERATED_FILE, await renderTypes(document));
console.log(`wrote ${path.relative(process.cwd(), GENERATED_FILE)} (${Object.keys(document.paths ?? {}).length} paths)`);
