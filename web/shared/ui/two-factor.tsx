import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from './button.tsx';
import { CopyButton } from './copy-button.tsx';
import { TextField } from './field.tsx';
import { ErrorNotice, Notice } from './states.tsx';

interface Enrolment {
  secret: string;
  qr_svg: string;
}

interface TwoFactorProps {
  enabled: boolean;
  enrol: () => Promise<Enrolment>;
  confirm: (code: string) => Promise<{ recovery_codes: string[] }>;
  disable: (code: string) => Promise<unknown>;
  /** After a change: refresh whatever says whether it is enabled. */
  onChanged: () => Promise<unknown>;
}

/** Two-factor authentication of the signed-in person: enrol with a QR code and a code, keep the recovery codes, or turn it off. */
export function TwoFactor({ enabled: signedInWith, enrol, confirm, disable, onChanged }: TwoFactorProps) {
  // What this page changed, until the session read at sign-in is read again.
  const [changedTo, setChangedTo] = useState<boolean | null>(null);
  const enabled = changedTo ?? signedInWith;
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [recovery, setRecovery] = useState<string[] | null>(null);
  const [code, setCode] = useState('');
  const start = useMutation({ mutationFn: enrol, onSuccess: setEnrolment });
  const finish = useMutation({
    mutationFn: () => confirm(code),
    onSuccess: async (codes) => {
      setEnrolment(null);
      setCode('');
      setRecovery(codes.recovery_codes);
      setChangedTo(true);
      await onChanged();
    },
  });
  const stop = useMutation({
    mutationFn: () => disable(code),
    onSuccess: async () => {
      setCode('');
      setRecovery(null);
      setChangedTo(false);
      await onChanged();
    },
  });
  const submit = (action: () => void) => (event: FormEvent) => {
    event.preventDefault();
    action();
  };

  return (
    <>
      {recovery && (
        <section aria-labelledby="recovery" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
          <h2 id="recovery" className="font-semibold">
            Recovery codes
          </h2>
          <p>Each signs in once instead of a code. Keep them somewhere safe: they are shown only this once.</p>
          <p>Your other sessions were signed out: they were opened with the password alone.</p>
          <ul className="grid grid-cols-2 gap-1 font-mono">
            {recovery.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <CopyButton value={recovery.join('\n')} label="Copy recovery codes" />
        </section>
      )}
      {enabled ? (
        <form onSubmit={submit(() => stop.mutate())} className="max-w-sm space-y-3">
          <Notice>Sign-in asks for a one-time code after your password.</Notice>
          {stop.isError && <ErrorNotice error={stop.error} />}
          <TextField
            label="One-time code"
            hint="To turn it off, a code of your authenticator app"
            inputMode="numeric"
            required
            value={code}
            onChange={(event) => setCode(event.target.value.trim())}
          />
          <Button type="submit" variant="danger" disabled={stop.isPending}>
            Turn off two-factor authentication
          </Button>
        </form>
      ) : enrolment ? (
        <form onSubmit={submit(() => finish.mutate())} className="max-w-md space-y-3">
          <p className="text-sm">Scan this code with an authenticator app, or type the key in, then enter the code it shows.</p>
          <img alt="QR code of the authenticator key" className="h-48 w-48" src={`data:image/svg+xml;utf8,${encodeURIComponent(enrolment.qr_svg)}`} />
          <p className="text-sm">
            Key: <code className="break-all">{enrolment.secret}</code>
          </p>
          {finish.isError && <ErrorNotice error={finish.error} />}
          <TextField
            label="One-time code"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            value={code}
            onChange={(event) => setCode(event.target.value.trim())}
          />
          <Button type="submit" disabled={finish.isPending}>
            Turn on two-factor authentication
          </Button>
        </form>
      ) : (
        <div className="max-w-md space-y-3 text-sm">
          <p>Two-factor authentication is off: your password alone signs you in.</p>
          {start.isError && <ErrorNotice error={start.error} />}
          <Button onClick={() => start.mutate()} disabled={start.isPending}>
            Set up two-factor authentication
          </Button>
        </div>
      )}
    </>
  );
}
