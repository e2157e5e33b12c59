/** RFC 3339 UTC with `Z`, second precision (api.md 1.8). */
export function toRfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
