import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../shared/api.ts';
import { SessionList } from '../../../shared/ui/session-list.tsx';
import { Empty, ErrorNotice, QueryResult } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { endSession, listSessions } from '../session.ts';

/** The operator's own sessions, each of which they can end. */
export function SessionsPage() {
  const queryClient = useQueryClient();
  const sessions = useQuery({ queryKey: ['own-sessions'], queryFn: listSessions });
  const end = useMutation({
    mutationFn: endSession,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['own-sessions'] }),
  });
  return (
    <>
      <PageHeader title="Your sessions" />
      {end.isError && <ErrorNotice error={end.error instanceof ApiError ? end.error : new Error('Could not end the session')} />}
      <QueryResult query={sessions} what="sessions" isEmpty={(data) => data.length === 0} empty={<Empty title="No other session" />}>
        {(data) => <SessionList sessions={data} busy={end.isPending} onEnd={(id) => end.mutate(id)} />}
      </QueryResult>
    </>
  );
}
