// The operator console: a single-page app under /console, built into dist/web/console by
// scripts/build.js (run by `npm ci`) and served by the store (src/http/web-app.ts). File names
// carry a content hash, so the store serves them as immutable.
import path from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export const CONSOLE_OUT_DIR = path.resolve(import.meta.dirname, '../dist/web/console');

export default defineConfig({
  root: path.resolve(import.meta.dirname, 'console'),
  base: '/console/',
  plugins: [react(), tailwindcss()],
  // The bulk imports read files with the store's own CSV reader (src/infra/csv-records.ts): in the
  // browser, csv-parse's build that brings its own Buffer.
  resolve: { alias: [{ find: /^csv-parse\/sync$/, replacement: 'csv-parse/browser/esm/sync' }] },
  build: {
    outDir: CONSOLE_OUT_DIR,
    emptyOutDir: true,
    assetsDir: 'assets',
    // No inline scripts or styles: the console's Content-Security-Policy allows files of its own only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // The budget is on compressed bytes (300 kB on first load), checked by test/console/serving.test.ts.
    chunkSizeWarningLimit: 1000,
  },
  logLevel: 'warn',
});
