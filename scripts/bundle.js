// Bundles the compiled CLI and server (dist/cli/main.js and everything it imports) into one
// module, dist/popup-store.js, which `npm start` and the `popup-store` bin run. Node 20 loads an
// ES module graph file by file: the ~900 modules of the server and its dependencies took about
// 450 ms to import, one file about 100 ms (npm run bench:startup measures both).
//
// Left outside the bundle, imported from node_modules as before: packages that read files of
// their own at run time (PGlite's WebAssembly, a native addon, @fastify/swagger's package.json,
// Scalar's viewer script) and those the store loads only when a setting asks for them (pg,
// ioredis, nodemailer, undici), so they still cost nothing until then.
//
// Our modules find files beside them (the store template, the demo catalog, the built web apps,
// the reference pages) through import.meta.url and import.meta.dirname: in the bundle these are
// rewritten to the module's own place in dist/, so every path stays what it was.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

export const BUNDLE_EXTERNAL = [
  '@electric-sql/pglite',
  '@electric-sql/pglite/*',
  '@node-rs/argon2',
  '@fastify/swagger',
  '@scalar/api-reference',
  'pg',
  'ioredis',
  'nodemailer',
  'undici',
];

/** Rewrites import.meta.url/dirname in the modules of `dist` to their own location. */
function ownLocations(dist) {
  return {
    name: 'own-locations',
    setup(builder) {
      builder.onLoad({ filter: /\.js$/ }, async (args) => {
        if (!args.path.startsWith(dist + path.sep) || args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const relative = path.relative(dist, args.path).split(path.sep).join('/');
        const source = await readFile(args.path, 'utf8');
        const url = `new URL(${JSON.stringify(`./${relative}`)}, __bundleBase).href`;
        const contents = source
          .replace(/\bimport\.meta\.url\b/g, url)
          .replace(/\bimport\.meta\.dirname\b/g, `__bundlePath.dirname(__bundleFilePath(${url}))`);
        return { contents, loader: 'js', resolveDir: path.dirname(args.path) };
      });
    },
  };
}

export async function bundle(dist) {
  await build({
    entryPoints: [path.join(dist, 'cli/main.js')],
    outfile: path.join(dist, 'popup-store.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: BUNDLE_EXTERNAL,
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [ownLocations(dist)],
    // CommonJS dependencies call require(); the rewritten modules need their base and two helpers.
    banner: {
      js: [
        "import { createRequire as __bundleRequire } from 'node:module';",
        "import __bundlePath from 'node:path';",
        "import { fileURLToPath as __bundleFilePath } from 'node:url';",
        'const require = __bundleRequire(import.meta.url);',
        "const __bundleBase = new URL('./', import.meta.url);",
      ].join('\n'),
    },
  });
}
