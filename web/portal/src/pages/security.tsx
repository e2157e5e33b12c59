import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouteContext } from '@tanstack/react-router';
import { csrfHeader, portalApi, unwrap } from '../../../shared/api.ts';
import { SessionList } from '../../../shared/ui/session-list.tsx';
import { ErrorNotice, QueryResult } from '../../../shared/ui/states.tsx';
import { TwoFactor } from '../../../shared/ui/two-factor.tsx';
import { SESSION_QUERY } from '../session.ts';
import { PasswordChange } from './password-change.tsx';

/** The signed-in person's sessions, each of which they can end, their password and their second factor. */
export function SecurityPage() {
  const { session } = useRouteContext({ from: '/app' });
  const queryClient = useQueryClient();
  const sessions = useQuery({ queryKey: ['sessions'], queryFn: () => unwrap(portalApi.GET('/portal/v1/sessions')) });
  const end = useMutation({
    mutationFn: (id: number) => unwrap(portalApi.DELETE('/portal/v1/sessions/{id}', { params: { path: { id }, header: csrfHeader() } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sessions'] }),
  });
  return (
    <>
      <h1 className="text-2xl font-semibold">Security</h1>
      <section aria-labelledby="sessions" className="space-y-2">
        <h2 id="sessions" className="text-lg font-semibold">
          Your sessions
        </h2>
        {end.isError && <ErrorNotice error={end.error} />}
        <QueryResult query={sessions} what="sessions">
          {(data) => <SessionList sessions={data} busy={end.isPending} onEnd={(id) => end.mutate(id)} />}
        </QueryResult>
      </section>
      <section aria-labelledby="password" className="space-y-2">
        <h2 id="password" className="text-lg font-semibold">
          Password
        </h2>
        <PasswordChange />
      </section>
      <section aria-labelledby="two-factor" className="space-y-2">
        <h2 id="two-factor" className="text-lg font-semibold">
          Two-factor authentication
        </h2>
        <TwoFactor
          enabled={session.totp_enabled}
          enrol={() => unwrap(portalApi.POST('/portal/v1/totp', { params: { header: csrfHeader() } }))}
          confirm={(code) => unwrap(portalApi.POST('/portal/v1/totp/confirm', { params: { header: csrfHeader() }, body: { code } }))}
          disable={(code) => unwrap(portalApi.DELETE('/portal/v1/totp', { params: { header: csrfHeader() }, body: { code } }))}
          onChanged={() => Promise.all([SESSION_QUERY, ['sessions']].map((queryKey) => queryClient.invalidateQueries({ queryKey })))}
        />
      </section>
    </>
  );
}
