import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

/** What data-access functions take, so a service can pass one transaction through many of them. */
export type Executor = Kysely<Database> | Transaction<Database>;
