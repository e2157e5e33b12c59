import { mkdir, open, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface LockOwner {
  pid: number;
  purpose: string;
  url?: string;
}

export class DataDirLockedError extends Error {
  constructor(
    public readonly dataDir: string,
    public readonly owner: LockOwner,
  ) {
    super(`The data directory ${dataDir} is in use by process ${owner.pid} (${owner.purpose}); PGlite allows one process per data directory`);
    this.name = 'DataDirLockedError';
  }
}

const LOCK_FILE = 'store.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live process holding the data directory, or null. */
export async function readLockOwner(dataDir: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(path.join(dataDir, LOCK_FILE), 'utf8')) as LockOwner;
    return Number.isInteger(owner.pid) && isAlive(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

export interface DataDirLock {
  /** Records where the owning server listens, so CLI commands can reach it. */
  advertise(url: string): Promise<void>;
  release(): Promise<void>;
}

/** Exclusive, crash-safe lock: a lock left by a dead process is taken over. */
export async function acquireDataDirLock(dataDir: string, purpose: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx', 0o600);
      const owner: LockOwner = { pid: process.pid, purpose };
      await handle.writeFile(JSON.stringify(owner));
      await handle.close();
      return {
        async advertise(url) {
          await writeFile(file, JSON.stringify({ ...owner, url }), { mode: 0o600 });
        },
        async release() {
          const current = await readLockOwner(dataDir);
          if (current?.pid === process.pid) await unlink(file).catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = await readLockOwner(dataDir);
      if (owner) throw new DataDirLockedError(dataDir, owner);
      await unlink(file).catch(() => undefined);
    }
  }
  throw new Error(`Could not lock the data directory ${dataDir}`);
}
