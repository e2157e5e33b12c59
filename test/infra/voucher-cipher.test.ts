import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import pino from 'pino';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { generateVoucherKey, parseVoucherKey, VoucherCipher, VoucherDecryptError, voucherKeyId } from '../../src/infra/crypto/voucher-cipher.ts';
import { loadVoucherCipher, VOUCHER_KEY_SETTING } from '../../src/infra/crypto/voucher-key.ts';
import { ENGINES, openTestDatabase, startTestStore } from '../helpers/store.ts';
import { tempDir } from '../helpers/temp-dirs.ts';

const key = () => randomBytes(32);
const CODE = 'GIFT-7H3K-99QZ-ABCD';
const voucher = {
  card_number: CODE,
  pin_code: '4711',
  claim_url: 'https://claim.example/r/abc',
  expires_at: '2030-01-31T23:59:59Z',
  voucher_reference_number: 'SER-0001',
};

/** Every textual form a value could leak in. */
const leaks = (stored: string, plain: string) =>
  [plain, Buffer.from(plain).toString('base64'), Buffer.from(plain).toString('base64url'), Buffer.from(plain).toString('hex')].some((form) =>
    stored.includes(form),
  );

describe('voucher cipher (AES-256-GCM)', () => {
  test('round trip, including non-ASCII text and the empty string; a new IV every time', () => {
    const cipher = new VoucherCipher(key());
    for (const plain of [CODE, 'Gutschein-Ä€😀', '', 'x'.repeat(5000)]) {
      const stored = cipher.encrypt(plain);
      assert.equal(cipher.decrypt(stored), plain);
    }
    const a = cipher.encrypt(CODE);
    const b = cipher.encrypt(CODE);
    assert.notEqual(a, b);
    assert.notEqual(a.split(':')[2], b.split(':')[2], 'a fresh 96-bit IV per value');
    assert.equal(Buffer.from(a.split(':')[2]!, 'base64url').length, 12);
  });

  test('the stored text: version and key id prefix, base64url parts, no plaintext in any encoding', () => {
    const k = key();
    const cipher = new VoucherCipher(k);
    const stored = cipher.encrypt(CODE);
    assert.match(stored, /^v1:[0-9a-f]{8}:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$/);
    assert.equal(stored.split(':')[1], voucherKeyId(k));
    assert.equal(cipher.keyId, voucherKeyId(k));
    assert.equal(leaks(stored, CODE), false);
    const sealed = cipher.seal(voucher);
    for (const value of Object.values(voucher)) assert.equal(leaks(sealed, value), false, value);
    assert.ok(
      !sealed.includes(k.toString('base64')) && !sealed.includes(k.toString('hex')),
      "!sealed.includes(k.toString('base64')) && !sealed.includes(k.toString('hex'))",
    );
  });

  test('seal/open an issued voucher (JSON); nulls kept', () => {
    const cipher = new VoucherCipher(key());
    assert.deepEqual(cipher.open(cipher.seal(voucher)), voucher);
    const bare = { card_number: null, pin_code: null, claim_url: 'https://c.example/x', expires_at: null, voucher_reference_number: null };
    assert.deepEqual(cipher.open(cipher.seal(bare)), bare);
  });

  test('tampering with any part is rejected (tag checked), with a message that carries no value', () => {
    const cipher = new VoucherCipher(key());
    const stored = cipher.encrypt(CODE);
    const parts = stored.split(':');
    const flip = (text: string) => {
      const bytes = Buffer.from(text, 'base64url');
      bytes[0] = bytes[0]! ^ 0x01;
      return bytes.toString('base64url');
    };
    const tampered = [
      [parts[0], parts[1], flip(parts[2]!), parts[3], parts[4]], // IV
      [parts[0], parts[1], parts[2], flip(parts[3]!), parts[4]], // ciphertext
      [parts[0], parts[1], parts[2], parts[3], flip(parts[4]!)], // tag
      [parts[0], parts[1], parts[2], parts[3] + 'AA', parts[4]], // longer ciphertext
      [parts[0], parts[1], parts[2], parts[3], parts[4]!.slice(0, 10)], // short tag
      ['v2', parts[1], parts[2], parts[3], parts[4]], // version
    ].map((p) => p.join(':'));
    for (const value of [...tampered, 'plain text', '', 'v1:zz', `${stored}:x`, stored.replace(/:/g, '.')]) {
      assert.throws(
        () => cipher.decrypt(value),
        (error: Error) => error instanceof VoucherDecryptError && !error.message.includes(CODE),
        value,
      );
    }
    // Swapping ciphertext and tag of two values does not produce either.
    const other = cipher.encrypt('OTHER-CODE').split(':');
    assert.throws(() => cipher.decrypt([parts[0], parts[1], parts[2], other[3], parts[4]].join(':')), VoucherDecryptError);
  });

  test('a wrong key is rejected and named by id; a previous key still reads old values', () => {
    const oldKey = key();
    const old = new VoucherCipher(oldKey);
    const stored = old.encrypt(CODE);
    const other = new VoucherCipher(key());
    assert.throws(
      () => other.decrypt(stored),
      (error: Error) => error instanceof VoucherDecryptError && error.message.includes(voucherKeyId(oldKey)),
    );
    // The same key id but different key material (forged prefix): the tag check fails.
    const forged = `v1:${other.keyId}:${stored.split(':').slice(2).join(':')}`;
    assert.throws(() => other.decrypt(forged), /integrity check/);

    const rotated = new VoucherCipher(key(), [oldKey]);
    assert.equal(rotated.decrypt(stored), CODE);
    assert.equal(rotated.encrypt(CODE).split(':')[1], rotated.keyId);
    assert.notEqual(rotated.keyId, old.keyId);
  });

  test('fingerprints: keyed, stable, different per key, no code in them', () => {
    const k = key();
    const a = new VoucherCipher(k);
    const b = new VoucherCipher(k);
    assert.equal(a.fingerprint(CODE), b.fingerprint(CODE));
    assert.notEqual(a.fingerprint(CODE), a.fingerprint(`${CODE}X`));
    assert.notEqual(a.fingerprint(CODE), new VoucherCipher(key()).fingerprint(CODE));
    assert.equal(leaks(a.fingerprint(CODE), CODE), false);
  });

  test('keys: 32 bytes as base64, base64url or hex; anything else is refused', () => {
    const k = key();
    for (const text of [
      k.toString('base64'),
      k.toString('base64url'),
      k.toString('hex'),
      k.toString('hex').toUpperCase(),
      ` ${k.toString('base64')}\n`,
    ]) {
      assert.deepEqual(parseVoucherKey(text), k, text);
    }
    for (const text of [
      '',
      'short',
      randomBytes(31).toString('base64'),
      randomBytes(33).toString('base64'),
      randomBytes(31).toString('hex'),
      'g'.repeat(64),
    ]) {
      assert.equal(parseVoucherKey(text), null, text);
    }
    assert.equal(parseVoucherKey(generateVoucherKey())?.length, 32);
    assert.throws(() => new VoucherCipher(randomBytes(16)));
  });

  test('configuration: VOUCHER_ENCRYPTION_KEY validated with a clear message; ENABLE_TEST_SUPPLIER', () => {
    const k = key();
    assert.deepEqual(loadConfig({ VOUCHER_ENCRYPTION_KEY: k.toString('hex') }).voucherEncryptionKey, k);
    assert.equal(loadConfig({}).voucherEncryptionKey, null);
    assert.equal(loadConfig({}).enableTestSupplier, false);
    assert.equal(loadConfig({ ENABLE_TEST_SUPPLIER: 'true' }).enableTestSupplier, true);
    assert.equal(loadConfig({ ENABLE_TEST_SUPPLIER: '0' }).enableTestSupplier, false);
    assert.throws(
      () => loadConfig({ VOUCHER_ENCRYPTION_KEY: 'not-a-key', ENABLE_TEST_SUPPLIER: 'maybe' }),
      (error: ConfigError) => {
        assert.deepEqual(error.problems, [
          'VOUCHER_ENCRYPTION_KEY must be 32 bytes written as base64 (44 characters) or hex (64 characters); make one with: openssl rand -base64 32',
          'ENABLE_TEST_SUPPLIER must be true or false',
        ]);
        return !error.message.includes('not-a-key');
      },
    );
  });
});

describe('voucher key: where it comes from', () => {
  const silent = pino({ level: 'silent' });

  test('embedded database: generated once into DATA_DIR/voucher-key (0600), a valid VOUCHER_ENCRYPTION_KEY, reused on the next start', async () => {
    const { database, drop } = await openTestDatabase('pglite');
    try {
      const dataDir = tempDir('prs-key-');
      const first = await loadVoucherCipher({ configured: null, database, dataDir, log: silent });
      assert.equal(first.source, 'data-dir');
      const file = path.join(dataDir, 'voucher-key');
      assert.equal((await stat(file)).mode & 0o777, 0o600);
      const text = await readFile(file, 'utf8');
      assert.equal(loadConfig({ VOUCHER_ENCRYPTION_KEY: text }).voucherEncryptionKey?.length, 32);
      const stored = first.cipher.encrypt(CODE);
      const second = await loadVoucherCipher({ configured: null, database, dataDir, log: silent });
      assert.equal(second.cipher.decrypt(stored), CODE);
      // The configured key wins over the file.
      const configured = await loadVoucherCipher({ configured: key(), database, dataDir, log: silent });
      assert.equal(configured.source, 'configured');
      assert.throws(() => configured.cipher.decrypt(stored), VoucherDecryptError);
      // A damaged key file stops the start with a clear message.
      await writeFile(file, 'garbage');
      await assert.rejects(
        loadVoucherCipher({ configured: null, database, dataDir, log: silent }),
        /voucher-key is not a 32-byte key.*Restore it from a backup/,
      );
    } finally {
      await drop();
    }
  });

  for (const engine of ENGINES) {
    test(`[${engine}] without the variable on PostgreSQL (or in tests): kept in the settings table, shared by every process${engine === 'postgres' ? ', with a warning' : ''}`, async () => {
      const { database, drop } = await openTestDatabase(engine);
      try {
        const warnings: string[] = [];
        const log = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) });
        const dataDir = tempDir('prs-key-');
        const ephemeral = engine === 'pglite';
        const a = await loadVoucherCipher({ configured: null, database, dataDir, ephemeral, log });
        const b = await loadVoucherCipher({ configured: null, database, dataDir, ephemeral, log });
        assert.equal(a.source, 'database');
        assert.equal(b.cipher.decrypt(a.cipher.encrypt(CODE)), CODE);
        const row = await database.db.selectFrom('settings').select('value').where('key', '=', VOUCHER_KEY_SETTING).executeTakeFirstOrThrow();
        assert.equal(parseVoucherKey(row.value)?.length, 32);
        if (engine === 'postgres') {
          assert.equal(warnings.length, 2);
          assert.match(warnings[0]!, /VOUCHER_ENCRYPTION_KEY is not set/);
          assert.ok(!warnings[0]!.includes(row.value), 'the key is never logged');
        } else {
          assert.equal(warnings.length, 0);
        }
      } finally {
        await drop();
      }
    });
  }

  test('the container exposes it', async () => {
    const store = await startTestStore('pglite', { env: { VOUCHER_ENCRYPTION_KEY: key().toString('base64') } });
    try {
      const { voucherCipher } = store.container;
      assert.equal(voucherCipher.decrypt(voucherCipher.encrypt(CODE)), CODE);
      assert.equal(voucherCipher.keyId, voucherKeyId(store.container.config.voucherEncryptionKey!));
    } finally {
      await store.close();
    }
  });
});
