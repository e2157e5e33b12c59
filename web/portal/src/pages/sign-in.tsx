import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../shared/api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { TextField } from '../../../shared/ui/field.tsx';
import { ErrorNotice, Notice } from '../../../shared/ui/states.tsx';
import { SESSION_QUERY, signIn } from '../session.ts';

/** E-mail and password; then the one-time code when the person has a second factor. */
export function SignInPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { next, reset } = useSearch({ from: '/sign-in' });
  const [form, setForm] = useState({ email: '', password: '', totp_code: '' });
  const [needsCode, setNeedsCode] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await signIn({ email: form.email, password: form.password, ...(needsCode ? { totp_code: form.totp_code.trim() } : {}) });
      queryClient.setQueryData(SESSION_QUERY, session);
      // Only a path of this app: `next` is the router's own address of the page asked for.
      await navigate({ to: next && /^\/(?!\/)/.test(next) ? next.replace(/^\/portal(?=\/)/, '') : '/' });
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'TOTP_REQUIRED') setNeedsCode(true);
      else setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const set = (field: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <form onSubmit={submit} className="w-full max-w-sm space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">Sign in to your account</h1>
        {reset && error === null && <Notice>Your password is changed: sign in with the new one.</Notice>}
        {error !== null && <ErrorNotice error={error} />}
        <TextField label="E-mail" type="email" autoComplete="username" required value={form.email} onChange={set('email')} />
        <TextField label="Password" type="password" autoComplete="current-password" required value={form.password} onChange={set('password')} />
        {needsCode && (
          <TextField
            label="One-time code"
            hint="The 6 digits of your authenticator app"
            autoComplete="one-time-code"
            inputMode="numeric"
            required
            autoFocus
            value={form.totp_code}
            onChange={set('totp_code')}
          />
        )}
        <Button type="submit" disabled={busy} className="w-full justify-center">
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
        <Link to="/reset-password" className="block text-center text-sm text-blue-700 underline">
          Forgot your password?
        </Link>
      </form>
    </main>
  );
}
