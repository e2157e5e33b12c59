#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm ci` or `npm run build`). In a checkout that has not
// been built (no dist/), it runs the TypeScript sources through tsx instead.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
