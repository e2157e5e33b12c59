import { setFlagsFromString } from 'node:v8';
import { main } from './program.ts';

// A command other than `serve` lives for seconds: V8's optimising compile of PGlite's WebAssembly
// would cost it about a second of CPU and 70 MB it never earns back (npm run bench:startup).
// Set before anything loads PGlite; the server keeps the optimised code for its whole life.
if (process.argv[2] !== 'serve') setFlagsFromString('--liftoff-only');

const code = await main(process.argv);
// `serve` keeps running; every other command exits with its code.
if (process.argv[2] !== 'serve' || code !== 0) {
  process.exitCode = code;
  if (process.argv[2] !== 'serve') setImmediate(() => process.exit(code));
}
