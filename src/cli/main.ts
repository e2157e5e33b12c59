import { main } from './program.ts';

const code = await main(process.argv);
// `serve` keeps running; every other command exits with its code.
if (process.argv[2] !== 'serve' || code !== 0) {
  process.exitCode = code;
  if (process.argv[2] !== 'serve') setImmediate(() => process.exit(code));
}
