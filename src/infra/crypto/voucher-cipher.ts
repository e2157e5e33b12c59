import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { IssuedVoucher } from '../../shared/voucher.ts';

/**
 * Voucher codes at rest: AES-256-GCM with a random
 * 96-bit IV per value and the 128-bit tag checked on every read. The stored text names the key
 * it was sealed with, so keys can be rotated later (a new current key, the old ones kept for
 * reading until everything is re-sealed):
 *
 *     v1:<key id>:<iv>:<ciphertext>:<tag>        (each part base64url)
 *
 * `v1:<key id>` is authenticated too (GCM additional data). The key id is a short hash of the
 * key, so a wrong key is told apart from a damaged value. Two sub-keys are derived from the one
 * 32-byte key (HKDF-SHA-256): one encrypts, one computes the keyed fingerprints that keep a code
 * from being imported twice without storing it in clear.
 */

export const VOUCHER_KEY_BYTES = 32;
const FORMAT = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** A stored value that cannot be opened: damaged, tampered with, or sealed with an unknown key. Never carries the value. */
export class VoucherDecryptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VoucherDecryptError';
  }
}

/** 32 bytes from base64 (standard or URL alphabet, 43–44 characters) or hex (64 characters); null otherwise. */
export function parseVoucherKey(text: string): Buffer | null {
  const value = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}={0,1}$/.test(value)) {
    const key = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    return key.length === VOUCHER_KEY_BYTES ? key : null;
  }
  return null;
}

/** A new random key as base64: the form `VOUCHER_ENCRYPTION_KEY` and the `voucher-key` file use. */
export function generateVoucherKey(): string {
  return randomBytes(VOUCHER_KEY_BYTES).toString('base64');
}

/** 8 hex characters naming a key (a hash of it: reveals nothing usable about the key). */
export function voucherKeyId(key: Buffer): string {
  return createHash('sha256').update('popup-store voucher key id').update(key).digest('hex').slice(0, 8);
}

const derive = (key: Buffer, purpose: string) => Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), `popup-store voucher ${purpose} v1`, 32));

interface KeyMaterial {
  id: string;
  encryption: Buffer;
}

export class VoucherCipher {
  /** The id of the key new values are sealed with. */
  readonly keyId: string;
  private readonly current: KeyMaterial;
  private readonly byId = new Map<string, KeyMaterial>();
  /** The ids of every key this cipher reads with (the current one and any previous ones). */
  readonly keyIds: readonly string[];
  private readonly fingerprintKey: Buffer;

  /** `previous`: older keys, only for reading values sealed before a rotation. */
  constructor(key: Buffer, previous: Buffer[] = []) {
    for (const candidate of [key, ...previous]) {
      if (candidate.length !== VOUCHER_KEY_BYTES) throw new Error(`a voucher key must be ${VOUCHER_KEY_BYTES} bytes`);
    }
    this.current = { id: voucherKeyId(key), encryption: derive(key, 'encryption') };
    this.keyId = this.current.id;
    for (const old of previous) this.byId.set(voucherKeyId(old), { id: voucherKeyId(old), encryption: derive(old, 'encryption') });
    this.byId.set(this.current.id, this.current);
    this.keyIds = [...this.byId.keys()];
    this.fingerprintKey = derive(key, 'fingerprint');
  }

  encrypt(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const header = `${FORMAT}:${this.current.id}`;
    const cipher = createCipheriv('aes-256-gcm', this.current.encryption, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(header));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [header, iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join(':');
  }

  decrypt(stored: string): string {
    const parts = stored.split(':');
    if (parts.length !== 5 || parts[0] !== FORMAT || !parts.slice(2).every((part) => BASE64URL.test(part))) {
      throw new VoucherDecryptError('not an encrypted voucher value');
    }
    const [format, id, ivText, bodyText, tagText] = parts as [string, string, string, string, string];
    const key = this.byId.get(id);
    if (!key) throw new VoucherDecryptError(`sealed with voucher key ${id}, which is not configured (current key: ${this.keyId})`);
    const iv = Buffer.from(ivText, 'base64url');
    const tag = Buffer.from(tagText, 'base64url');
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new VoucherDecryptError('damaged encrypted voucher value');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key.encryption, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(`${format}:${id}`));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(Buffer.from(bodyText, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new VoucherDecryptError('encrypted voucher value failed its integrity check (tampered with or damaged)');
    }
  }

  /** The key id a stored value names, if it is one of ours; null for anything else. */
  static keyIdOf(stored: string): string | null {
    const parts = stored.split(':');
    return parts.length === 5 && parts[0] === FORMAT ? parts[1]! : null;
  }

  /** Whether this cipher has the key a stored value was sealed with (says nothing about its integrity). */
  hasKeyFor(stored: string): boolean {
    const id = VoucherCipher.keyIdOf(stored);
    return id !== null && this.byId.has(id);
  }

  /** A voucher as one stored text (its JSON, encrypted). */
  seal(voucher: IssuedVoucher): string {
    return this.encrypt(
      JSON.stringify({
        card_number: voucher.card_number,
        pin_code: voucher.pin_code,
        claim_url: voucher.claim_url,
        expires_at: voucher.expires_at,
        voucher_reference_number: voucher.voucher_reference_number,
      }),
    );
  }

  open(stored: string): IssuedVoucher {
    const value = JSON.parse(this.decrypt(stored)) as Record<string, unknown>;
    const field = (name: keyof IssuedVoucher) => (typeof value[name] === 'string' ? (value[name] as string) : null);
    return {
      card_number: field('card_number'),
      pin_code: field('pin_code'),
      claim_url: field('claim_url'),
      expires_at: field('expires_at'),
      voucher_reference_number: field('voucher_reference_number'),
    };
  }

  /**
   * A keyed hash (HMAC-SHA-256, base64url) of a value: equal values give equal fingerprints, and
   * without the key nobody can test a guessed code against the stored fingerprints.
   */
  fingerprint(value: string): string {
    return createHmac('sha256', this.fingerprintKey).update(value, 'utf8').digest('base64url');
  }
}
