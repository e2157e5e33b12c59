import { setFlagsFromString } from 'node:v8';
import { main } from './program.ts';

// A command other than `serve` lives for seconds: V8's optimising compile of PGlite's WebAssembly
// would cost it about a second of CPU and 70 MB it never earns back (npm run bench:startup).
// Set before anything loads PGlite; the server keeps the optimised code for its whole life.
if (process.argv[2] !== 'serve') setFlagsFromString('--liftoff-only');

/** Resolves once what was written to `stream` before has been handed on (a pipe's writes are asynchronous). */
const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));

const code = await main(process.argv);
// `serve` keeps running; every other command exits with its code, once its output is out: an
// exit with writes still queued for a pipe would cut them off (`catalog export | …`).
if (process.argv[2] !== 'serve' || code !== 0) {
  process.exitCode = code;
  if (process.argv[2] !== 'serve') {
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    process.exit(code);
  }
}
