/**
 * Whether `text` is longer than `max` characters, counted as every limit of the project counts
 * them: in Unicode code points, as the request schemas' `maxLength` (Ajv) and PostgreSQL count,
 * not in UTF-16 units (`text.length`, where an emoji counts two).
 */
export function longerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let count = 0;
  // A string's iterator yields code points (a lone surrogate is one, as for Ajv).
  for (const _ of text) if (++count > max) return true;
  return false;
}
