import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { ApiError, portalApi, unwrap } from '../../../shared/api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { TextField } from '../../../shared/ui/field.tsx';
import { ErrorNotice, Notice } from '../../../shared/ui/states.tsx';
import { NewPasswordFields, NO_PASSWORD, passwordsDiffer } from './new-password.tsx';

/** Without a token: ask for a reset e-mail. With the e-mailed token: choose a new password. */
export function ResetPasswordPage() {
  const { token } = useSearch({ from: '/reset-password' });
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState(NO_PASSWORD);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const mismatch = passwordsDiffer(password);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (token && mismatch) return;
    setError(null);
    try {
      if (token) {
        await unwrap(portalApi.POST('/portal/v1/password-reset/confirm', { body: { token, password: password.password } }));
        await navigate({ to: '/sign-in', search: { reset: true } });
      } else {
        await unwrap(portalApi.POST('/portal/v1/password-reset', { body: { email } }));
        setSent(true);
      }
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <form onSubmit={submit} className="w-full max-w-sm space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">{token ? 'Choose a new password' : 'Reset your password'}</h1>
        {error !== null && <ErrorNotice error={error} />}
        {token && error instanceof ApiError && error.code === 'INVALID_TOKEN' && (
          <p className="text-sm">
            A link works once, for a limited time.{' '}
            <Link to="/reset-password" search={{}} className="text-blue-700 underline">
              Ask for a new link
            </Link>
          </p>
        )}
        {sent ? (
          <Notice>If an account has this address, an e-mail with a link to reset its password is on its way.</Notice>
        ) : token ? (
          <NewPasswordFields label="New password" repeatLabel="Repeat the new password" value={password} onChange={setPassword} />
        ) : (
          <TextField label="E-mail" type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} />
        )}
        {!sent && (
          <Button type="submit" disabled={token !== undefined && mismatch} className="w-full justify-center">
            {token ? 'Set new password' : 'Send reset link'}
          </Button>
        )}
        <Link to="/sign-in" className="block text-center text-sm text-blue-700 underline">
          Back to sign-in
        </Link>
      </form>
    </main>
  );
}
