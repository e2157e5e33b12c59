import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/infra/db/schema.ts';
import { operatorTotpAccounts } from '../../src/operators/totp.repository.ts';
import type { TotpState } from '../../src/operators/totp-state.ts';
import { clientUserTotpAccounts } from '../../src/portal/portal-totp.repository.ts';
import { ENGINES, openTestDatabase, type TestDatabase } from '../helpers/store.ts';

/** An operator and a client user with the same id: each kind's queries must reach its own rows only. */
const ID = 900;

const kinds: { name: string; state: TotpState; label: string; other: TotpState }[] = [
  { name: 'operators', state: operatorTotpAccounts, label: 'totp-operator', other: clientUserTotpAccounts },
  { name: 'client users', state: clientUserTotpAccounts, label: 'totp-user@example.com', other: operatorTotpAccounts },
];

for (const engine of ENGINES) {
  describe(`TOTP state of operators and client users [${engine}]`, () => {
    let database: TestDatabase;
    let db: Kysely<Database>;
    before(async () => {
      database = await openTestDatabase(engine);
      db = database.database.db;
      await db.insertInto('operators').values({ id: ID, username: 'totp-operator', password_hash: 'x' }).execute();
      const client = await db
        .insertInto('clients')
        .values({ name: 'TOTP client', username: 'totp-client' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('client_users')
        .values({ id: ID, client_id: client.id, email: 'totp-user@example.com', role: 'owner', invited_by: 'cli' })
        .execute();
    });
    after(() => database.drop());

    test('an unknown id has no state; a new account has TOTP off, named by its username or e-mail', async () => {
      for (const { state, label } of kinds) {
        assert.equal(await state.findState(db, ID + 1), undefined);
        assert.deepEqual(await state.findState(db, ID), { label, totp_secret: null, totp_enabled: false });
      }
    });

    for (const { name, state, label, other } of kinds) {
      test(`${name}: pending, enabled, each time step once, each recovery code once, cleared; the other kind's account untouched`, async () => {
        const now = new Date('2026-01-02T03:04:05Z');
        for (const kind of [state, other]) {
          await kind.setPending(db, ID, 'sealed');
          await kind.enable(db, ID);
          await kind.replaceRecoveryCodes(db, ID, ['old-a', 'old-b']);
        }
        assert.deepEqual(await state.findState(db, ID), { label, totp_secret: 'sealed', totp_enabled: true });

        assert.deepEqual(
          [await state.claimStep(db, ID, 10), await state.claimStep(db, ID, 10), await state.claimStep(db, ID, 9), await state.claimStep(db, ID, 11)],
          [true, false, false, true],
        );
        assert.equal(await other.claimStep(db, ID, 10), true, 'the other kind has its own last step');

        await state.replaceRecoveryCodes(db, ID, ['new-a', 'new-b']);
        assert.equal(await state.useRecoveryCode(db, ID, 'old-a', now), false, 'replaced codes are gone');
        assert.equal(await state.useRecoveryCode(db, ID, 'new-a', now), true);
        assert.equal(await state.useRecoveryCode(db, ID, 'new-a', now), false, 'a used code works once');
        assert.equal(await other.useRecoveryCode(db, ID, 'new-b', now), false, "another kind's code is not this one's");

        await state.setPending(db, ID, 'sealed-again');
        assert.deepEqual(await state.findState(db, ID), { label, totp_secret: 'sealed-again', totp_enabled: false });
        assert.equal(await state.claimStep(db, ID, 10), true, 'a new secret starts its steps again');

        await state.clear(db, ID);
        assert.deepEqual(await state.findState(db, ID), { label, totp_secret: null, totp_enabled: false });
        assert.equal(await state.useRecoveryCode(db, ID, 'new-b', now), false, 'clearing drops the recovery codes');

        assert.equal((await other.findState(db, ID))?.totp_enabled, true);
        assert.equal(await other.useRecoveryCode(db, ID, 'old-a', now), true);
        await other.clear(db, ID);
      });
    }
  });
}
