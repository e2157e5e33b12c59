import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readlink } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { openPGlite } from '../../src/infra/db/database.ts';
import { tempDir } from '../helpers/temp-dirs.ts';

/** The files this process holds open (Linux: /proc/self/fd). */
async function openFiles(): Promise<string[]> {
  const fds = await readdir('/proc/self/fd');
  const targets = await Promise.all(fds.map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')));
  return targets.filter(Boolean);
}

test(
  'an embedded database closed before any query is shut down: none of its files stays open',
  { skip: existsSync('/proc/self/fd') ? false : 'needs /proc/self/fd' },
  async () => {
    const dataDir = path.join(tempDir('prs-close-'), 'pgdata');
    const database = await openPGlite(dataDir);
    assert.ok(
      (await openFiles()).some((file) => file.startsWith(dataDir)),
      'open: its files are held',
    );
    await database.close();
    assert.deepEqual(
      (await openFiles()).filter((file) => file.startsWith(dataDir)),
      [],
    );
  },
);
