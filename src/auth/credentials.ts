import { randomBytes } from 'node:crypto';
import { Algorithm, hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane).
const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export interface IssuedCredentials {
  username: string;
  password: string;
}

export function generateCredentials(): IssuedCredentials {
  return {
    username: `prs_${randomBytes(12).toString('hex')}`,
    password: randomBytes(30).toString('base64url'),
  };
}

export function generateSecret(): string {
  return randomBytes(30).toString('base64url');
}

export function hashSecret(secret: string): Promise<string> {
  return hash(secret, ARGON2_OPTIONS);
}

let dummyHash: Promise<string> | null = null;

/**
 * Verifies a secret against a stored hash; with no hash (unknown username) it verifies
 * against a dummy hash of the same cost, so both cases take the same time.
 */
export async function verifySecret(storedHash: string | null, secret: string): Promise<boolean> {
  dummyHash ??= hashSecret(randomBytes(30).toString('base64url'));
  const target = storedHash ?? (await dummyHash);
  try {
    const matches = await verify(target, secret);
    return storedHash !== null && matches;
  } catch {
    return false;
  }
}

/** Builds the dummy hash ahead of the first login so it does not skew that login's timing. */
export async function warmUpCredentials(): Promise<void> {
  await verifySecret(null, 'warm-up');
}
