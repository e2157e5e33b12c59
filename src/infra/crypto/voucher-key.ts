import type { FastifyBaseLogger } from 'fastify';
import type { DatabaseHandle } from '../db/database.ts';
import { databaseSecret, fileSecret } from '../secrets.ts';
import { generateVoucherKey, parseVoucherKey, VoucherCipher } from './voucher-cipher.ts';

/** Where the key came from, for the start-up log. */
export type VoucherKeySource = 'configured' | 'data-dir' | 'database';

export const VOUCHER_KEY_FILE = 'voucher-key';
export const VOUCHER_KEY_SETTING = 'voucher_encryption_key';

export interface VoucherKeyOptions {
  /** VOUCHER_ENCRYPTION_KEY, already validated by the configuration. */
  configured: Buffer | null;
  database: DatabaseHandle;
  dataDir: string;
  /** Tests: nothing is written to the data directory; the key lives in the (throw-away) database. */
  ephemeral?: boolean;
  log: FastifyBaseLogger;
}

/**
 * The voucher key (docs/inventory.md, "Key management"): VOUCHER_ENCRYPTION_KEY when set;
 * otherwise generated once and kept in DATA_DIR/voucher-key (mode 0600) on the embedded
 * database, or — PostgreSQL without the variable — in the `settings` table, shared by every
 * process, with a warning on every start: a key stored with the data does not protect a copy
 * of the database.
 */
export async function loadVoucherCipher(options: VoucherKeyOptions): Promise<{ cipher: VoucherCipher; source: VoucherKeySource }> {
  if (options.configured) return { cipher: new VoucherCipher(options.configured), source: 'configured' };
  const { database } = options;
  if (database.engine === 'pglite' && !options.ephemeral) {
    const text = await fileSecret(options.dataDir, VOUCHER_KEY_FILE, generateVoucherKey);
    return { cipher: new VoucherCipher(storedKey(text, `${options.dataDir}/${VOUCHER_KEY_FILE}`)), source: 'data-dir' };
  }
  const text = await databaseSecret(database, VOUCHER_KEY_SETTING, generateVoucherKey);
  if (database.engine === 'postgres' && !options.ephemeral) {
    options.log.warn(
      'VOUCHER_ENCRYPTION_KEY is not set: the key that encrypts voucher codes is kept in the database (settings table), ' +
        'next to the codes, so a copy of the database is enough to read them. Set VOUCHER_ENCRYPTION_KEY to that key ' +
        'and delete the setting (docs/inventory.md, "Key management").',
    );
  }
  return { cipher: new VoucherCipher(storedKey(text, `the settings table (${VOUCHER_KEY_SETTING})`)), source: 'database' };
}

function storedKey(text: string, where: string): Buffer {
  const key = parseVoucherKey(text);
  if (!key) {
    throw new Error(
      `The voucher key in ${where} is not a 32-byte key in base64 or hex. Restore it from a backup: without it the stored voucher codes cannot be read.`,
    );
  }
  return key;
}
