// The web apps the store serves — the operator console and the client portal — each a single-page
// app under /<name>, built into dist/web/<name> by scripts/build.js (run by `npm ci`; one build
// per app, WEB_APP naming it) and served by the store (src/http/web-app.ts). File names carry a
// content hash, so the store serves them as immutable.
import path from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

export const WEB_APPS = ['console', 'portal'] as const;
export type WebApp = (typeof WEB_APPS)[number];

export function webAppConfig(name: WebApp): UserConfig {
  return {
    root: path.resolve(import.meta.dirname, name),
    base: `/${name}/`,
    plugins: [react(), tailwindcss()],
    // The bulk imports read files with the store's own CSV reader (src/infra/csv-records.ts): in the
    // browser, csv-parse's build that brings its own Buffer.
    resolve: { alias: [{ find: /^csv-parse\/sync$/, replacement: 'csv-parse/browser/esm/sync' }] },
    build: {
      outDir: path.resolve(import.meta.dirname, '../dist/web', name),
      emptyOutDir: true,
      assetsDir: 'assets',
      // No inline scripts or styles: the apps' Content-Security-Policy allows files of their own only.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
      // The budget is on compressed bytes (300 kB on first load), checked by test/console/serving.test.ts.
      chunkSizeWarningLimit: 1000,
    },
    logLevel: 'warn',
  };
}

const requested = process.env.WEB_APP ?? 'console';
if (!(WEB_APPS as readonly string[]).includes(requested)) throw new Error(`WEB_APP must be one of ${WEB_APPS.join(', ')}`);
export default defineConfig(webAppConfig(requested as WebApp));
