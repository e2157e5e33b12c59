import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { portalApi, unwrap } from '../../../shared/api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { TextField } from '../../../shared/ui/field.tsx';
import { ErrorNotice, Notice } from '../../../shared/ui/states.tsx';
import { MIN_PASSWORD } from './new-password.tsx';

/** Without a token: ask for a reset e-mail. With the e-mailed token: choose a new password. */
export function ResetPasswordPage() {
  const { token } = useSearch({ from: '/reset-password' });
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      if (token) {
        await unwrap(portalApi.POST('/portal/v1/password-reset/confirm', { body: { token, password } }));
        await navigate({ to: '/sign-in' });
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
        {sent ? (
          <Notice>If an account has this address, an e-mail with a link to reset its password is on its way.</Notice>
        ) : token ? (
          <TextField
            label="New password"
            type="password"
            autoComplete="new-password"
            minLength={MIN_PASSWORD}
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        ) : (
          <TextField label="E-mail" type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} />
        )}
        {!sent && (
          <Button type="submit" className="w-full justify-center">
            {token ? 'Set new password' : 'Send reset link'}
          </Button>
        )}
      </form>
    </main>
  );
}
