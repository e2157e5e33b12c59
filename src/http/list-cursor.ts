import type { ListCursor } from '../shared/pages.ts';

/**
 * The text of a list cursor (`X-Next-Cursor`, `after`): opaque to the client, base64url of a
 * small JSON array `[1, list, owner, field, "A"|"D", key, id]`. It holds nothing the client did
 * not see (an id and a sort key of its own item) and no secret: the store refuses a cursor of
 * another list or another client (`decodeCursor` reads it; the caller compares `list` and `owner`),
 * and a forged one only names a place in the caller's own list.
 */

const VERSION = 1;
const MAX_ID = 2_147_483_647;
const MAX_TEXT = 300;

export function encodeCursor(cursor: ListCursor): string {
  const json = JSON.stringify([
    VERSION,
    cursor.list,
    cursor.owner,
    cursor.sort.field,
    cursor.sort.direction === 'ASC' ? 'A' : 'D',
    cursor.key,
    cursor.id,
  ]);
  return Buffer.from(json, 'utf8').toString('base64url');
}

const isId = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_ID;
const isName = (value: unknown): value is string => typeof value === 'string' && /^[a-z][a-z_-]{0,31}$/.test(value);

/** The cursor a text stands for, or null when it is not one (any malformed text, whatever its content). */
export function decodeCursor(text: string): ListCursor | null {
  if (text.length === 0 || text.length > MAX_TEXT || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 7) return null;
  const [version, list, owner, field, direction, key, id] = parsed as unknown[];
  if (version !== VERSION || !isName(list) || !isName(field) || !isId(id)) return null;
  if (owner !== null && !isId(owner)) return null;
  if (direction !== 'A' && direction !== 'D') return null;
  if (key !== null && (typeof key !== 'string' || !/^-?[0-9]{1,19}$/.test(key))) return null;
  return { list, owner, sort: { field, direction: direction === 'A' ? 'ASC' : 'DESC' }, key, id };
}
