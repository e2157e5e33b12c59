/**
 * The same PostgreSQL database under another spelling of its URL: `localhost` for `127.0.0.1`
 * (and back), plus an `application_name` parameter, so the text differs whatever the host.
 */
export function otherSpellingOf(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.hostname === '127.0.0.1') url.hostname = 'localhost';
  else if (url.hostname === 'localhost') url.hostname = '127.0.0.1';
  url.searchParams.set('application_name', 'popup-store-other-spelling');
  return url.toString();
}
