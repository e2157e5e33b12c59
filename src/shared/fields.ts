/**
 * The values of `keys` in `source`, in the order of `keys`: how a view takes the fields a schema
 * lists (`Object.keys(Schema.properties)`) from a row, so that the schema says which they are.
 */
export function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) picked[key] = source[key];
  return picked;
}
