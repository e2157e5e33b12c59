import { useQuery } from '@tanstack/react-query';
import { adminApi, unwrap } from '../../shared/api.ts';
import { partyWords } from '../../shared/audit-words.ts';

/** The portal users of a client, as its portal users page reads them (one cache for both). */
export const clientUsersQuery = (clientId: number) => ({
  queryKey: ['client-users', clientId],
  queryFn: () => unwrap(adminApi.GET('/admin/v1/clients/{id}/users', { params: { path: { id: clientId } } })),
});

const CLIENT = /^client:(\d+)$/;

/** Who acted, in words: a client (`client:N`) acts through its API credentials; anyone else as `partyWords` says. */
export const actorWords = (actor: string): string => {
  const client = CLIENT.exec(actor);
  return client ? `API credentials of client ${client[1]}` : partyWords(actor);
};

/**
 * `actorWords`, but for a portal user of `clientId`, named by their e-mail address: the client's
 * users are read only when `actors` name one of them.
 */
export function useActorsOf(clientId: number | undefined, actors: readonly (string | null)[]): (actor: string) => string {
  const named = clientId !== undefined && actors.some((actor) => actor?.startsWith('client_user:'));
  const users = useQuery({ ...clientUsersQuery(clientId ?? 0), enabled: named });
  const emails = new Map((users.data ?? []).map((user) => [`client_user:${user.id}`, user.email]));
  return (actor) => emails.get(actor) ?? actorWords(actor);
}
