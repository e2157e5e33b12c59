#!/usr/bin/env node
// `npm test`: bundles the test files (test/*/*.test.ts, or those named on the command line) and
// everything of this repository they import with esbuild into dist/tests/<pid>/ — one module per test
// file and chunks they share, packages left in node_modules — then runs them with Node's test
// runner, two files at a time, source maps on so a failure names the line of the .ts file. Node 20
// loads the sources through tsx module by module in each test file's process, about 2.5 s of CPU
// more than the bundle. In every module import.meta.url, .dirname and .filename are rewritten to
// the module's own file, so the paths a test or the store reads stay what they were. Arguments
// that are not .ts files go to `node --test` (`npm test -- --test-name-pattern refund`). One file
// through tsx, without a build, as before: `npx tsx --test test/orders/orders.test.ts`.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const runs = path.join(root, 'dist/tests');
/** This run's bundles: another `npm test` of the same checkout, still running, keeps its own. */
const out = path.join(runs, String(process.pid));
/**
 * Modules a test imports by a path the type checker does not follow (the console's router, whose
 * browser code the server's tsconfig does not check): bundled beside the tests as .mjs, found
 * through POPUP_TEST_BUNDLE.
 */
const ALSO_BUNDLED = ['web/console/src/router.tsx'];

const args = process.argv.slice(2);
const isTestFile = (arg) => !arg.startsWith('-') && arg.endsWith('.ts');
const options = args.filter((arg) => !isTestFile(arg));
const named = args.filter(isTestFile).map((file) => path.resolve(file));
const files = named.length
  ? named
  : readdirSync(path.join(root, 'test'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((dir) =>
        readdirSync(path.join(root, 'test', dir.name))
          .filter((file) => file.endsWith('.test.ts'))
          .map((file) => path.join(root, 'test', dir.name, file)),
      )
      .sort();

const LOADERS = { '.ts': 'ts', '.tsx': 'tsx', '.mjs': 'js' };
/**
 * The module's own place instead of import.meta's, which in a bundle would be the bundle's (a
 * docs example that runs when it is the main module would run in the test that imports it).
 */
const ownLocations = {
  name: 'own-locations',
  setup(builder) {
    builder.onLoad({ filter: /\.(tsx?|mjs)$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = await readFile(args.path, 'utf8');
      const contents = source
        .replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href))
        .replace(/\bimport\.meta\.dirname\b/g, JSON.stringify(path.dirname(args.path)))
        .replace(/\bimport\.meta\.filename\b/g, JSON.stringify(args.path));
      return { contents, loader: LOADERS[path.extname(args.path)], resolveDir: path.dirname(args.path) };
    });
  },
};

const running = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
for (const run of existsSync(runs) ? readdirSync(runs) : []) {
  if (/^\d+$/.test(run) && !running(Number(run))) rmSync(path.join(runs, run), { recursive: true, force: true });
}
const { metafile } = await build({
  entryPoints: [...files, ...ALSO_BUNDLED.map((file) => path.join(root, file))],
  outdir: out,
  outbase: root,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  plugins: [ownLocations],
});
const entries = Object.entries(metafile.outputs)
  .filter(([, output]) => output.entryPoint !== undefined && output.entryPoint.endsWith('.test.ts'))
  .map(([file]) => path.resolve(root, file))
  .sort();

/** Node's spec reporter ends with every failing test and its error, where a CI log's tail shows it. */
const reporter = options.some((option) => option.startsWith('--test-reporter')) ? [] : ['--test-reporter=spec'];
/**
 * V8 flags of the test files' processes, which live seconds to a minute and compile more than they
 * run: --liftoff-only keeps PGlite's WebAssembly on the baseline compiler, as CLI commands do
 * (src/cli/main.ts); --no-opt leaves JavaScript to the interpreter and baseline compiler. The
 * servers and commands a test starts as processes run as they would anywhere. Measured on 2026-12-08
 * (README, "Tests"): on a third of the test files on PGlite, 28 % less CPU and 22 % less time.
 */
const V8_FLAGS = ['--liftoff-only', '--no-opt'];
const runner = spawn(process.execPath, [...V8_FLAGS, '--enable-source-maps', '--test', '--test-concurrency=2', ...reporter, ...options, ...entries], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, POPUP_TEST_BUNDLE: out },
});
runner.on('exit', (code, signal) => {
  rmSync(out, { recursive: true, force: true });
  process.exit(signal ? 1 : (code ?? 1));
});
