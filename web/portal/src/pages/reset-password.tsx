import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, portalApi, unwrap } from '../../../shared/api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { TextField } from '../../../shared/ui/field.tsx';
import { ErrorNotice, Notice } from '../../../shared/ui/states.tsx';
import { NewPasswordFields, NO_PASSWORD, passwordsDiffer } from './new-password.tsx';

/** Without a token: ask for a reset e-mail. With the e-mailed token: choose a new password. */
export function ResetPasswordPage() {
  const { token } = useSearch({ from: '/reset-password' });
  // Each its own state: a link's refusal is not carried over to the request for a new one.
  return token ? <ChooseNewPassword key={token} token={token} /> : <RequestReset />;
}

function RequestReset() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await unwrap(portalApi.POST('/portal/v1/password-reset', { body: { email } }));
      setSent(true);
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <Card onSubmit={submit} title="Reset your password">
      {error !== null && <ErrorNotice error={error} />}
      {sent ? (
        <Notice>If an account has this address, an e-mail with a link to reset its password is on its way.</Notice>
      ) : (
        <>
          <TextField label="E-mail" type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} />
          <Button type="submit" className="w-full justify-center">
            Send reset link
          </Button>
        </>
      )}
    </Card>
  );
}

/**
 * The new password, twice. The store says whether the link still works only when it is used (no
 * check of a token before then), so a link it refused shows no fields any more: only that it no
 * longer works and where to ask for a new one.
 */
function ChooseNewPassword({ token }: { token: string }) {
  const navigate = useNavigate();
  const [password, setPassword] = useState(NO_PASSWORD);
  const [error, setError] = useState<unknown>(null);
  const mismatch = passwordsDiffer(password);
  const refused = error instanceof ApiError && error.code === 'INVALID_TOKEN';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (mismatch || refused) return;
    setError(null);
    try {
      await unwrap(portalApi.POST('/portal/v1/password-reset/confirm', { body: { token, password: password.password } }));
      await navigate({ to: '/sign-in', search: { reset: true } });
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <Card onSubmit={submit} title={refused ? 'This link no longer works' : 'Choose a new password'}>
      {error !== null && <ErrorNotice error={error} />}
      {refused ? (
        <p className="text-sm">
          A link works once, for a limited time.{' '}
          <Link to="/reset-password" search={{}} className="text-blue-700 underline">
            Ask for a new link
          </Link>
        </p>
      ) : (
        <>
          <NewPasswordFields label="New password" repeatLabel="Repeat the new password" value={password} onChange={setPassword} />
          <Button type="submit" disabled={mismatch} className="w-full justify-center">
            Set new password
          </Button>
        </>
      )}
    </Card>
  );
}

function Card({ title, onSubmit, children }: { title: string; onSubmit: (event: FormEvent) => void; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <form onSubmit={onSubmit} className="w-full max-w-sm space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">{title}</h1>
        {children}
        <Link to="/sign-in" className="block text-center text-sm text-blue-700 underline">
          Back to sign-in
        </Link>
      </form>
    </main>
  );
}
