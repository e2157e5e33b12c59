import { useQueryClient } from '@tanstack/react-query';
import { useRouteContext } from '@tanstack/react-router';
import { adminApi, unwrap } from '../../../shared/api.ts';
import { TwoFactor } from '../../../shared/ui/two-factor.tsx';
import { PageHeader } from '../layout.tsx';
import { SESSION_QUERY } from '../session.ts';

/** The operator's second factor. */
export function SecurityPage() {
  const { session } = useRouteContext({ from: '/app' });
  const queryClient = useQueryClient();
  return (
    <>
      <PageHeader title="Two-factor authentication" />
      <TwoFactor
        enabled={session.totp_enabled}
        enrol={() => unwrap(adminApi.POST('/admin/v1/auth/totp'))}
        confirm={(code) => unwrap(adminApi.POST('/admin/v1/auth/totp/confirm', { body: { code } }))}
        disable={(code) => unwrap(adminApi.DELETE('/admin/v1/auth/totp', { body: { code } }))}
        onChanged={() => queryClient.invalidateQueries({ queryKey: SESSION_QUERY })}
      />
    </>
  );
}
