/** The face values an order may name (api.md: `denomination` 0.01 … 1,000,000,000): a product's ranges stay within them. */
export const MIN_FACE_VALUE = 0.01;
export const MAX_FACE_VALUE = 1_000_000_000;
