import type { Server } from 'node:http';

export function verifySignatureV2(
  rawBody: string | Buffer,
  header: string | string[] | undefined,
  secrets: string[],
  options?: { toleranceSeconds?: number; now?: number },
): boolean;
export function verifySignature(rawBody: string | Buffer, header: string | string[] | undefined, secrets: string[]): boolean;
export function createReceiver(
  secrets: string[],
  handle: (event: { id: string; type: string; created_at: string; data: Record<string, unknown> }) => Promise<void>,
  seen?: Set<unknown>,
): Server;
