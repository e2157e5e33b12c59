/** Defined in src/shared/dates.ts; kept here for the modules that still import it from the HTTP side. */
export { toRfc3339 } from '../shared/dates.ts';
