#!/usr/bin/env node
// Runs the built CLI (dist/popup-store.js, bundled by `npm ci` or `npm run build`; the compiled
// modules of dist/cli/main.js when a build stopped before bundling). In a checkout that has not
// been built (no dist/), it runs the TypeScript sources through tsx instead.
import { existsSync } from 'node:fs';

const built = ['../dist/popup-store.js', '../dist/cli/main.js'].map((file) => new URL(file, import.meta.url)).find((url) => existsSync(url));
if (built) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
