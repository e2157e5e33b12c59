import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { adminApi, ApiError, unwrap, unwrapPage } from '../../../shared/api.ts';
import { IdInput, type IdFieldProps } from './id-field.tsx';
import { PICKER_LIMIT, useSettled } from './product-value.tsx';
import { integer } from '../search.ts';

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

/** A client's ID, found by typing its name, username or ID: matching clients are offered as the operator types, and under the field stands the client the ID names. */
export function ClientField({ value, ...props }: IdFieldProps) {
  const search = useSettled(value.trim());
  const matches = useClientMatches(search);
  const id = integer(search);
  const named = useQuery({
    queryKey: ['clients', 'named', id],
    queryFn: () => unwrap(adminApi.GET('/admin/v1/clients/{id}', { params: { path: { id: id! } } })),
    enabled: id !== undefined,
    staleTime: 60_000,
  });
  const client = id !== undefined && integer(value) === id ? named.data : undefined;
  const missing = id !== undefined && integer(value) === id && named.error instanceof ApiError && named.error.status === 404;
  return (
    <IdInput
      value={value}
      matches={matches.data?.items.map((match) => ({ id: match.id, label: `${match.name}${match.active ? '' : ' (deactivated)'}` }))}
      hint={client ? `${client.name}${client.active ? '' : ' (deactivated)'}` : undefined}
      error={missing ? `No client has the ID ${id}` : undefined}
      {...props}
    />
  );
}
