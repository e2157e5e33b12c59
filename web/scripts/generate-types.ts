// npm run web:generate: boots the store in this process on an in-memory embedded database, reads
// the admin API's OpenAPI document (GET /admin/docs/openapi.json) and writes the console's types
// (web/shared/generated/admin-api.ts). A test compares the file with a fresh generation.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { adminApiTypes, ADMIN_TYPES_FILE } from './admin-types.ts';

await writeFile(ADMIN_TYPES_FILE, await adminApiTypes());
console.log(`wrote ${path.relative(process.cwd(), ADMIN_TYPES_FILE)}`);
