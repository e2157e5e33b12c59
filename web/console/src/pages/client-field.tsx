import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { adminApi, unwrap, unwrapPage } from '../../../shared/api.ts';
import { IdInput, useIdText, useNamed, type IdFieldProps } from './id-field.tsx';
import { PICKER_LIMIT } from './product-value.tsx';

/** The clients whose name, username or id matches `term` (the clients page's search): at most PICKER_LIMIT, by name; nothing for an empty term. */
export function useClientMatches(term: string) {
  return useQuery({
    queryKey: ['clients', 'picker', term],
    queryFn: () =>
      unwrapPage(
        adminApi.GET('/admin/v1/clients', { params: { query: { search: term, sort_by: 'name', sort_dir: 'ASC', page: 1, limit: PICKER_LIMIT } } }),
      ),
    enabled: term !== '',
    placeholderData: keepPreviousData,
  });
}

/** Where a ClientField keeps the client an ID names (null: none has it); a page that read it already puts it there. */
export const namedClientKey = (id: number) => ['clients', 'named', id];

const readClient = (clientId: number) => unwrap(adminApi.GET('/admin/v1/clients/{id}', { params: { path: { id: clientId } } }));

/** The client an ID names (null: none has it), kept where a ClientField keeps it; not read while `waiting`. */
export const useNamedClient = (id: number | undefined, waiting = false) => useNamed(namedClientKey, readClient, id, waiting);

/** A client's ID, found by typing its name, username or ID: matching clients are offered as the operator types, and under the field stands the client the ID names. */
export function ClientField({ value, onChange, waiting = false, ...props }: IdFieldProps) {
  const { term, id, current, typed } = useIdText(value, onChange);
  const matches = useClientMatches(term);
  const named = useNamedClient(id, waiting);
  const client = current ? named.data : undefined;
  return (
    <IdInput
      value={value}
      onChange={typed}
      matches={matches.data?.items.map((match) => ({ id: match.id, label: `${match.name}${match.active ? '' : ' (deactivated)'}` }))}
      hint={client ? `${client.name}${client.active ? '' : ' (deactivated)'}` : undefined}
      error={client === null ? `No client has the ID ${id}` : undefined}
      {...props}
    />
  );
}
