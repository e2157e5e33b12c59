import { createHash, randomBytes } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';

/**
 * TOTP as authenticator apps speak it (RFC 6238): SHA-1, 6 digits, 30-second steps, a code of the
 * step before or after accepted too (clocks drift). A secret is 160 random bits in base32.
 */
export const TOTP_ISSUER = 'Popup Reward Store';
const PERIOD_SECONDS = 30;
const WINDOW_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;

function totpOf(secret: string, username = ''): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: TOTP_ISSUER,
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: OTPAuth.Secret.fromBase32(secret),
  });
}

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

/** The `otpauth://totp/…` URI an authenticator app reads from the QR code. */
export function totpUri(secret: string, username: string): string {
  return totpOf(secret, username).toString();
}

/** The URI as an SVG QR code (no script, no external reference). */
export function qrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The time step `code` was made for, if it is the code of the step of `now` or of one next to it; else null. */
export function matchingStep(secret: string, code: string, now: Date): number | null {
  if (!/^[0-9]{6}$/.test(code)) return null;
  const delta = totpOf(secret).validate({ token: code, timestamp: now.getTime(), window: WINDOW_STEPS });
  return delta === null ? null : stepOf(now) + delta;
}

export function stepOf(at: Date): number {
  return Math.floor(at.getTime() / (PERIOD_SECONDS * 1000));
}

/** The code of `at`: what an authenticator app would show (tests). */
export function totpCode(secret: string, at: Date): string {
  return totpOf(secret).generate({ timestamp: at.getTime() });
}

/** Ten one-time recovery codes of 80 random bits each, written `abcd-efgh-ijkl-mnop` (base32). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    new OTPAuth.Secret({ buffer: new Uint8Array(randomBytes(10)).buffer }).base32.toLowerCase().match(/.{4}/g)!.join('-'),
  );
}

/** What is stored of a recovery code: the SHA-256 of it without case, spaces or dashes. */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.toLowerCase().replace(/[\s-]/g, '')).digest('hex');
}
