import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { FUZZ_ADMIN_TOKEN, fuzzRawHttp, fuzzRequests, type FuzzFailure } from './fuzz-store.ts';

/** A fixed seed and a bounded count, so CI runs the same ~2,500 requests every time; `npm run fuzz` runs any. */
const SEED = 20261206;
const RANDOM_REQUESTS = 500;

const report = (failures: FuzzFailure[]) =>
  failures
    .slice(0, 20)
    .map((failure) => `${failure.status} ${failure.problem}: ${failure.request}\n    ${failure.body}`)
    .join('\n');

for (const engine of ENGINES) {
  describe(`fuzz: every route with hostile input [${engine}]`, () => {
    let store: TestStore;
    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN: FUZZ_ADMIN_TOKEN, LOG_LEVEL: 'silent' } });
    });
    after(() => store.close());

    test('no answer is a 5xx or leaves the envelope, the request id or charset=utf-8; the ledger reconciles', async () => {
      const failures = await fuzzRequests(store, { count: RANDOM_REQUESTS, seed: SEED });
      assert.equal(failures.length, 0, report(failures));
      const reconciliation = await store.container.ledger.reconcile();
      assert.equal(reconciliation.ok, true, JSON.stringify(reconciliation));
    });

    test('malformed HTTP over a socket is answered with the envelope or the connection is closed', async () => {
      await store.app.listen({ port: 0, host: '127.0.0.1' });
      const failures = await fuzzRawHttp((store.app.server.address() as { port: number }).port);
      assert.equal(failures.length, 0, report(failures));
    });
  });
}
