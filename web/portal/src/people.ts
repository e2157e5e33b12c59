import { useQuery } from '@tanstack/react-query';
import { portalApi, unwrap } from '../../shared/api.ts';

/** The team, as the Team page reads it (one cache for both). */
export const USERS_QUERY = ['users'] as const;
export const readUsers = () => unwrap(portalApi.GET('/portal/v1/users'));

/**
 * Names a `client_user:N` of the audit trail or a timeline by the person's e-mail address (every
 * role reads the team), the client's own `client:N` as its API credentials; anything else (an
 * operator, the store) as written.
 */
export function usePeople(): (actor: string) => string {
  const users = useQuery({ queryKey: USERS_QUERY, queryFn: readUsers });
  const emails = new Map((users.data ?? []).map((user) => [`client_user:${user.id}`, user.email]));
  return (actor) => emails.get(actor) ?? (/^client:\d+$/.test(actor) ? 'API credentials' : actor);
}
