import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The store's sources, for tests that read what the code records (the audit log's actions). */
export const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Every .ts file under `dir`, at any depth. */
export function sourceFiles(dir: string = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** A file of src/, by its path there. */
export const readSource = (file: string): string => readFileSync(path.join(SRC, file), 'utf8');
