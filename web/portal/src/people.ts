import { useQuery } from '@tanstack/react-query';
import { portalApi, unwrap } from '../../shared/api.ts';
import { partyWords } from '../../shared/audit-words.ts';

/** The team, as the Team page reads it (one cache for both). */
export const USERS_QUERY = ['users'] as const;
export const readUsers = () => unwrap(portalApi.GET('/portal/v1/users'));

const OWN_ACCOUNT = /^client:\d+$/;

/**
 * The people and things of the audit trail or a timeline (`client_user:N`, `order:N`…) as a
 * client's people read them: a colleague by their e-mail address (every role reads the team); as
 * the one who acted (`who`), the client's own `client:N` is its API credentials and an operator
 * is the store's operator, never named; as what was acted on (`what`), `client:N` is the account.
 * Anything else in words ("Order 12").
 */
export function usePeople(): { who: (actor: string) => string; what: (target: string) => string } {
  const users = useQuery({ queryKey: USERS_QUERY, queryFn: readUsers });
  const emails = new Map((users.data ?? []).map((user) => [`client_user:${user.id}`, user.email]));
  const who = (actor: string) =>
    emails.get(actor) ?? (OWN_ACCOUNT.test(actor) ? 'API credentials' : actor.startsWith('operator:') ? "The store's operator" : partyWords(actor));
  const what = (target: string) => emails.get(target) ?? (OWN_ACCOUNT.test(target) ? 'Your account' : partyWords(target));
  return { who, what };
}
