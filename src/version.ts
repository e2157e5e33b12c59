import { readFileSync } from 'node:fs';

/** The package's version, as the status endpoint, the OpenAPI document and `--version` report it. */
export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
