#!/usr/bin/env node
// Compiles src/ into dist/ (tsc -p tsconfig.build.json: `./x.ts` imports become `./x.js`) and
// copies next to the compiled modules the files of src/ that are not TypeScript, which the code
// reads at run time by a path relative to its module (src/demo/demo-catalog.json). Then it writes
// the template a new embedded store starts from (dist/infra/db/pgdata-template/: the data
// directory of an empty, migrated PGlite database; src/infra/db/template.ts), made by the compiled
// code itself, bundles the CLI and server into dist/popup-store.js (scripts/bundle.js), and
// compiles the SDK (sdk/, its own tsconfig) into sdk/dist/ and the web apps (web/, Vite: the
// operator console and the client portal) into dist/web/. A fresh dist/ each time, so a module
// removed from src/ does not linger. Run by `npm ci` (prepare).
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle } from './bundle.js';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');
const sdkDist = path.join(root, 'sdk/dist');

rmSync(dist, { recursive: true, force: true });
rmSync(sdkDist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
execFileSync(process.execPath, [tsc, '-p', path.join(root, 'sdk/tsconfig.json')], { stdio: 'inherit' });
cpSync(src, dist, { recursive: true, filter: (file) => !file.endsWith('.ts') });
const { writeStoreTemplate } = await import(pathToFileURL(path.join(dist, 'infra/db/template.js')).href);
await writeStoreTemplate();
await bundle(dist);
// The web apps (web/: the operator console and the client portal): static files with hashed names
// in dist/web/<app>, served by the store. web/vite.config.ts reads WEB_APP.
const { build } = await import('vite');
for (const app of ['console', 'portal']) {
  process.env.WEB_APP = app;
  await build({ configFile: path.join(root, 'web/vite.config.ts') });
}
