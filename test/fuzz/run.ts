/**
 * `npm run fuzz -- [--count N] [--seed S] [--no-sweep]`: the fuzz of test/fuzz/fuzz.test.ts
 * against a store it starts (PGlite, or PostgreSQL when DATABASE_URL is set), with any count
 * and seed. Prints every failure and exits 1 when there is one.
 */
import { parseArgs } from 'node:util';
import { startTestStore } from '../helpers/store.ts';
import { FUZZ_ADMIN_TOKEN, fuzzRawHttp, fuzzRequests } from './fuzz-store.ts';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '2000' }, seed: { type: 'string' }, 'no-sweep': { type: 'boolean', default: false } },
});
const count = Number(values.count);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [--count N] [--seed S] [--no-sweep]');
  process.exit(2);
}

const engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const store = await startTestStore(engine, { env: { ADMIN_TOKEN: FUZZ_ADMIN_TOKEN, LOG_LEVEL: 'silent' } });
const started = Date.now();
const failures = await fuzzRequests(store, { count, seed, sweep: !values['no-sweep'] });
await store.app.listen({ port: 0, host: '127.0.0.1' });
failures.push(...(await fuzzRawHttp((store.app.server.address() as { port: number }).port)));
const reconciliation = await store.container.ledger.reconcile();
await store.close();

for (const failure of failures) console.log(`${failure.status} ${failure.problem}: ${failure.request}\n    ${failure.body}`);
console.log(
  `fuzz on ${engine}: seed ${seed}, ${count} random requests${values['no-sweep'] ? '' : ' after the sweep'}, ` +
    `${((Date.now() - started) / 1000).toFixed(1)} s; failures: ${failures.length}; ledger reconciles: ${reconciliation.ok}`,
);
process.exit(failures.length === 0 && reconciliation.ok ? 0 : 1);
