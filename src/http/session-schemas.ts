import { Type } from 'typebox';
import { toRfc3339 } from '../shared/dates.ts';
import { Timestamp } from './schemas.ts';

/**
 * The wire of the store's cookie sessions (the operator console's, the client portal's): the
 * fields a session's view ends with, after its owner, and the entries of the owner's list of
 * live sessions. Each app names its own schemas (`title`), so the API reference keeps one
 * component per app.
 */
export const sessionViewFields = {
  csrf_token: Type.String({ description: 'send it as X-CSRF-Token with every request but GET, HEAD and OPTIONS' }),
  idle_expires_at: Timestamp,
  expires_at: Timestamp,
  totp_enabled: Type.Boolean(),
};

/** The sessionViewFields of a session. */
export function sessionViewFieldsOf(session: { csrfToken: string; idleExpiresAt: Date; expiresAt: Date; totpEnabled: boolean }) {
  return {
    csrf_token: session.csrfToken,
    idle_expires_at: toRfc3339(session.idleExpiresAt),
    expires_at: toRfc3339(session.expiresAt),
    totp_enabled: session.totpEnabled,
  };
}

/** One live session in its owner's list. */
export function SessionListEntryView(title: string) {
  return Type.Object(
    {
      id: Type.Integer(),
      created_at: Timestamp,
      last_seen_at: Timestamp,
      expires_at: Timestamp,
      ip: Type.String(),
      user_agent: Type.Union([Type.String(), Type.Null()]),
      current: Type.Boolean({ description: 'the session of this request' }),
    },
    { title },
  );
}

/** A SessionListEntryView of a live session. */
export function sessionListEntryOf<Entry extends { created_at: Date; last_seen_at: Date; expires_at: Date }>(entry: Entry) {
  return {
    ...entry,
    created_at: toRfc3339(entry.created_at),
    last_seen_at: toRfc3339(entry.last_seen_at),
    expires_at: toRfc3339(entry.expires_at),
  };
}
