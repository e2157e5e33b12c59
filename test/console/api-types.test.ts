import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { adminApiTypes, ADMIN_TYPES_FILE } from '../../web/scripts/admin-types.ts';

test("the console's admin API types are those of the served admin document (npm run web:generate writes them)", async () => {
  const fresh = await adminApiTypes();
  const checkedIn = await readFile(ADMIN_TYPES_FILE, 'utf8');
  assert.ok(fresh === checkedIn, 'web/shared/generated/admin-api.ts is stale: run npm run web:generate');
  assert.match(checkedIn, /createClient: \{/);
  assert.match(checkedIn, /AdminOrder: \{/);
});
