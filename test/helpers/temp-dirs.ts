import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Folders under the system's temporary folder that the test process removes when it exits: a
 * test file runs in a process of its own, so nothing it made outlives it (a data directory of a
 * store run as a process holds a database of about 60 MB).
 */
const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
