import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../shared/api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { Empty, ErrorNotice, Loading } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { time } from '../format.ts';
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
      {sessions.isPending ? (
        <Loading what="sessions" />
      ) : sessions.isError ? (
        <ErrorNotice error={sessions.error} onRetry={() => sessions.refetch()} />
      ) : sessions.data.length === 0 ? (
        <Empty title="No other session" />
      ) : (
        <ul className="space-y-2">
          {sessions.data.map((session) => (
            <li key={session.id} className="flex items-center justify-between rounded-lg border border-slate-200 bg-white p-3 text-sm">
              <div>
                <p className="font-medium">
                  {session.user_agent ?? 'Unknown browser'} {session.current && <span className="text-green-700">(this session)</span>}
                </p>
                <p className="text-slate-500">
                  From {session.ip ?? 'unknown address'} · signed in {time(session.created_at)} · last seen {time(session.last_seen_at)}
                </p>
              </div>
              {!session.current && (
                <Button variant="secondary" onClick={() => end.mutate(session.id)} disabled={end.isPending}>
                  End session
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
