/** An RFC 3339 time as people read it: date and time, UTC. */
export function time(value: string | null | undefined): string {
  return value ? value.replace('T', ' ').replace('Z', ' UTC') : '—';
}
