import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { API_TYPES, apiTypes, servedDocuments, type ApiName } from '../../web/scripts/api-types.ts';

test("the web apps' API types are those of the served documents (npm run web:generate writes them)", async () => {
  const documents = await servedDocuments();
  for (const name of Object.keys(API_TYPES) as ApiName[]) {
    const checkedIn = await readFile(API_TYPES[name].file, 'utf8');
    assert.ok((await apiTypes(name, documents[name])) === checkedIn, `${API_TYPES[name].file} is stale: run npm run web:generate`);
  }
  assert.match(await readFile(API_TYPES.admin.file, 'utf8'), /AdminOrder: \{/);
  assert.match(await readFile(API_TYPES.portal.file, 'utf8'), /RevealedVouchers: \{/);
});
