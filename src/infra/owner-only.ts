import { chmodSync, existsSync, lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';

/**
 * The data directory holds the ledger, the voucher key and the JWT secret: nobody but the user
 * running the store may read or write any of it (directories 0700, files 0600).
 */

export class DataDirAccessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataDirAccessError';
  }
}

const GROUP_AND_OTHER = 0o077;

/**
 * Removes group and other permissions from `root` (followed if it is a symbolic link) and from
 * everything under it (symbolic links inside are neither followed nor changed). Returns what was
 * changed, relative to `root` ('.' for `root` itself), sorted. Throws DataDirAccessError when an
 * entry belongs to another user (the store would share its secrets with that user, or could not
 * use the entry) or its mode cannot be changed, and when `root` is not a directory. Nothing to do on Windows, which has no mode bits.
 * Synchronous: it runs at start-up only, and walks the ~1,200 files of a PGlite database in 10–20 ms.
 */
export function restrictToOwner(root: string): string[] {
  if (process.platform === 'win32') return [];
  const uid = process.geteuid!();
  const changed: string[] = [];

  const visit = (file: string, stats: Stats): void => {
    const name = path.relative(root, file) || '.';
    if (stats.uid !== uid) {
      const what = name === '.' ? `the data directory ${root}` : `${file} (in the data directory)`;
      throw new DataDirAccessError(
        `${what} belongs to user ${stats.uid}, not to the user running the store (${uid}): ` +
          'run the store as that user, or give it the directory (chown -R)',
      );
    }
    if ((stats.mode & GROUP_AND_OTHER) !== 0) {
      try {
        chmodSync(file, stats.mode & 0o7700);
      } catch (error) {
        const { code, message } = error as NodeJS.ErrnoException;
        throw new DataDirAccessError(`cannot make ${file} private to its owner (${code ?? 'error'}): ${message}`);
      }
      changed.push(name);
    }
    if (!stats.isDirectory()) return;
    for (const entry of readdirSync(file)) {
      const child = path.join(file, entry);
      const childStats = lstatSync(child, { throwIfNoEntry: false }); // undefined: removed meanwhile
      if (childStats && !childStats.isSymbolicLink()) visit(child, childStats);
    }
  };

  const rootStats = statSync(root);
  // Before anything is changed: a file named as the data directory (or a link to one) keeps its mode.
  if (!rootStats.isDirectory()) {
    throw new DataDirAccessError(`the data directory ${root} is not a directory: set DATA_DIR to a directory, or to a path that does not exist yet`);
  }
  visit(root, rootStats);
  return changed.sort();
}

/**
 * An existing data directory is made the running user's alone: every entry open to others is
 * made owner-only; returns what had to be changed (see restrictToOwner). A missing one is left
 * to whoever creates it (mode 0700: the data-directory lock, the secrets, the mail outbox).
 */
export function secureDataDir(dataDir: string): string[] {
  return existsSync(dataDir) ? restrictToOwner(dataDir) : [];
}

/** One line for the operator: what was tightened, the first few entries by name. */
export function describeTightened(dataDir: string, changed: string[]): string {
  const shown = changed.slice(0, 5).join(', ');
  const more = changed.length > 5 ? ` and ${changed.length - 5} more` : '';
  return (
    `the data directory ${dataDir} was open to other users: removed their access to ${changed.length} ` +
    `entr${changed.length === 1 ? 'y' : 'ies'} (${shown}${more}); it must be readable by the store's user only`
  );
}
