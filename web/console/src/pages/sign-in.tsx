import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../shared/api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { TextField } from '../../../shared/ui/field.tsx';
import { ErrorNotice } from '../../../shared/ui/states.tsx';
import { SESSION_QUERY, signIn } from '../session.ts';

/** Username and password; then the one-time code when the operator has a second factor. */
export function SignInPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { next } = useSearch({ from: '/sign-in' });
  const [form, setForm] = useState({ username: '', password: '', totp_code: '' });
  const [needsCode, setNeedsCode] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const code = form.totp_code.trim();
      const second = !needsCode ? {} : /^[0-9]{6}$/.test(code) ? { totp_code: code } : { recovery_code: code };
      const session = await signIn({ username: form.username, password: form.password, ...second });
      queryClient.setQueryData(SESSION_QUERY, session);
      // Only a path of this app (never another site): `next` is the router's own address of the page asked for.
      const target = next && /^\/(?!\/)/.test(next) ? next.replace(/^\/console(?=\/)/, '') : '/';
      await navigate({ to: target });
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
        <h1 className="text-xl font-semibold">Sign in to the console</h1>
        {error !== null && <ErrorNotice error={error} />}
        <TextField label="Username" autoComplete="username" required value={form.username} onChange={set('username')} />
        <TextField label="Password" type="password" autoComplete="current-password" required value={form.password} onChange={set('password')} />
        {needsCode && (
          <TextField
            label="One-time code"
            hint="The 6 digits of your authenticator app, or a recovery code"
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
      </form>
    </main>
  );
}
