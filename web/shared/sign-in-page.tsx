import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from './api.ts';
import { Button } from './ui/button.tsx';
import { TextField } from './ui/field.tsx';
import { ErrorNotice, Notice } from './ui/states.tsx';

/** What a second factor is given as: the authenticator's 6 digits, or one of the recovery codes. */
export type SecondFactor = { totp_code: string } | { recovery_code: string } | Record<string, never>;

/** How the session ended under the person (mount-app.tsx): while a page read the store, or while a change was sent. */
export type SessionEnded = 'read' | 'change';

/** The sign-in page's address: where to go back to, and why the person is here when their session ended. */
export interface SignInSearch {
  next?: string;
  ended?: SessionEnded;
}

export const signInSearch = (search: Record<string, unknown>): SignInSearch => ({
  ...(typeof search.next === 'string' ? { next: search.next } : {}),
  ...(search.ended === 'read' || search.ended === 'change' ? { ended: search.ended } : {}),
});

const ENDED: Record<SessionEnded, string> = {
  read: 'Your session ended. Sign in again to continue.',
  change: 'Your session ended, so your last change was not made. Sign in again, then make it again.',
};

/**
 * The sign-in page of an app (the console, the portal): the account (`account`: its label and
 * input type), the password, then — when the store answers TOTP_REQUIRED — the one-time code,
 * which may be the authenticator's 6 digits or a recovery code. Signed in, the person goes to
 * `next` when it is a path of this app (`basePath` removed: the router's own address), else home.
 * A session that ended under the person (`ended`) is said in words, with whether a change was lost.
 */
export function SignInPage<TSession>({
  title,
  account,
  signIn,
  sessionQuery,
  basePath,
  next,
  ended,
  notice,
  footer,
}: {
  title: string;
  account: { label: string; type?: 'email' | 'text' };
  signIn: (account: string, password: string, second: SecondFactor) => Promise<TSession>;
  sessionQuery: QueryKey;
  basePath: string;
  next: string | undefined;
  ended?: SessionEnded;
  /** Shown above the form while no error is. */
  notice?: ReactNode;
  footer?: ReactNode;
}) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ account: '', password: '', code: '' });
  const [needsCode, setNeedsCode] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const code = form.code.trim();
      const second: SecondFactor = !needsCode ? {} : /^[0-9]{6}$/.test(code) ? { totp_code: code } : { recovery_code: code };
      queryClient.setQueryData(sessionQuery, await signIn(form.account, form.password, second));
      // Only a path of this app (never another site).
      const own = next && /^\/(?!\/)/.test(next) ? next.replace(new RegExp(`^${basePath}(?=/)`), '') : '/';
      await navigate({ to: own });
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
        <h1 className="text-xl font-semibold">{title}</h1>
        {error === null && ended && <Notice>{ENDED[ended]}</Notice>}
        {error === null && notice}
        {error !== null && <ErrorNotice error={error} />}
        <TextField
          label={account.label}
          type={account.type ?? 'text'}
          autoComplete="username"
          required
          value={form.account}
          onChange={set('account')}
        />
        <TextField label="Password" type="password" autoComplete="current-password" required value={form.password} onChange={set('password')} />
        {needsCode && (
          <TextField
            label="One-time code"
            hint="The 6 digits of your authenticator app, or a recovery code"
            autoComplete="one-time-code"
            required
            autoFocus
            value={form.code}
            onChange={set('code')}
          />
        )}
        <Button type="submit" disabled={busy} className="w-full justify-center">
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
        {footer}
      </form>
    </main>
  );
}
