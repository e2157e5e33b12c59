/** The bounds of `page` and `limit` in every list (pagination.ts), apart so the CLI can name them without loading the schemas. */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 10_000;
export const MAX_PAGE = 2_147_483_647;
