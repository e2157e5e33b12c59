import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouteContext } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { adminApi, unwrap } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/admin-api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { CopyButton } from '../../../shared/ui/copy-button.tsx';
import { TextField } from '../../../shared/ui/field.tsx';
import { ErrorNotice, Notice } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { SESSION_QUERY } from '../session.ts';

type Enrolment = components['schemas']['TotpEnrolment'];

/** The operator's second factor: enrol with a QR code and a code, keep the recovery codes, or turn it off. */
export function SecurityPage() {
  const { session } = useRouteContext({ from: '/app' });
  const queryClient = useQueryClient();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [recovery, setRecovery] = useState<string[] | null>(null);
  const [code, setCode] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: SESSION_QUERY });
  const enrol = useMutation({ mutationFn: () => unwrap(adminApi.POST('/admin/v1/auth/totp')), onSuccess: setEnrolment });
  const confirm = useMutation({
    mutationFn: () => unwrap(adminApi.POST('/admin/v1/auth/totp/confirm', { body: { code } })),
    onSuccess: async (codes) => {
      setEnrolment(null);
      setCode('');
      setRecovery(codes.recovery_codes);
      await refresh();
    },
  });
  const disable = useMutation({
    mutationFn: () => unwrap(adminApi.DELETE('/admin/v1/auth/totp', { body: { code } })),
    onSuccess: async () => {
      setCode('');
      await refresh();
    },
  });
  const submit = (action: () => void) => (event: FormEvent) => {
    event.preventDefault();
    action();
  };

  return (
    <>
      <PageHeader title="Two-factor authentication" />
      {recovery && (
        <section aria-labelledby="recovery" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
          <h2 id="recovery" className="font-semibold">
            Recovery codes
          </h2>
          <p>Each signs in once instead of a code. Keep them somewhere safe: they are shown only this once.</p>
          <ul className="grid grid-cols-2 gap-1 font-mono">
            {recovery.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <CopyButton value={recovery.join('\n')} label="Copy recovery codes" />
        </section>
      )}
      {session.totp_enabled ? (
        <form onSubmit={submit(() => disable.mutate())} className="max-w-sm space-y-3">
          <Notice>Sign-in asks for a one-time code after your password.</Notice>
          {disable.isError && <ErrorNotice error={disable.error} />}
          <TextField
            label="One-time code"
            hint="To turn it off, a code of your authenticator app"
            inputMode="numeric"
            required
            value={code}
            onChange={(event) => setCode(event.target.value.trim())}
          />
          <Button type="submit" variant="danger" disabled={disable.isPending}>
            Turn off two-factor authentication
          </Button>
        </form>
      ) : enrolment ? (
        <form onSubmit={submit(() => confirm.mutate())} className="max-w-md space-y-3">
          <p className="text-sm">Scan this code with an authenticator app, or type the key in, then enter the code it shows.</p>
          <img alt="QR code of the authenticator key" className="h-48 w-48" src={`data:image/svg+xml;utf8,${encodeURIComponent(enrolment.qr_svg)}`} />
          <p className="text-sm">
            Key: <code className="break-all">{enrolment.secret}</code>
          </p>
          {confirm.isError && <ErrorNotice error={confirm.error} />}
          <TextField
            label="One-time code"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            value={code}
            onChange={(event) => setCode(event.target.value.trim())}
          />
          <Button type="submit" disabled={confirm.isPending}>
            Turn on two-factor authentication
          </Button>
        </form>
      ) : (
        <div className="max-w-md space-y-3 text-sm">
          <p>Two-factor authentication is off: your password alone signs you in.</p>
          {enrol.isError && <ErrorNotice error={enrol.error} />}
          <Button onClick={() => enrol.mutate()} disabled={enrol.isPending}>
            Set up two-factor authentication
          </Button>
        </div>
      )}
    </>
  );
}
