/** How long a statement waits for a free connection of a PostgreSQL pool unless told otherwise (DATABASE_POOL_TIMEOUT). */
export const DEFAULT_POOL_TIMEOUT_SECONDS = 5;
