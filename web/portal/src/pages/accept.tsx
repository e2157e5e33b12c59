import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../shared/api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { ErrorNotice } from '../../../shared/ui/states.tsx';
import { acceptInvitation, SESSION_QUERY } from '../session.ts';
import { NewPasswordFields, NO_PASSWORD, passwordsDiffer } from './new-password.tsx';

/**
 * The page an invitation e-mail links to: choose a password, and be signed in. The store says
 * whether the link still works only when it is used, so a link it refused shows no fields any
 * more: only that it no longer works and whom to ask.
 */
export function AcceptPage() {
  const { token } = useSearch({ from: '/accept' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [password, setPassword] = useState(NO_PASSWORD);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const mismatch = passwordsDiffer(password);
  const refused = error instanceof ApiError && error.code === 'INVALID_TOKEN';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!token || mismatch || refused) return;
    setBusy(true);
    setError(null);
    try {
      queryClient.setQueryData(SESSION_QUERY, await acceptInvitation(token, password.password));
      await navigate({ to: '/' });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <form onSubmit={submit} className="w-full max-w-sm space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">{refused ? 'This invitation link no longer works' : 'Accept your invitation'}</h1>
        {!token ? (
          <p role="alert" className="text-sm text-red-800">
            This address has no invitation in it. Open the link of your invitation e-mail again.
          </p>
        ) : (
          <>
            {error !== null && <ErrorNotice error={error} />}
            {refused ? (
              <p className="text-sm">An invitation link works once, for a limited time: ask whoever invited you to send a new one.</p>
            ) : (
              <>
                <NewPasswordFields label="Choose a password" repeatLabel="Repeat the password" value={password} onChange={setPassword} />
                <Button type="submit" disabled={busy || mismatch} className="w-full justify-center">
                  Set password
                </Button>
              </>
            )}
          </>
        )}
        <Link to="/sign-in" className="block text-center text-sm text-blue-700 underline">
          Already have a password? Sign in
        </Link>
      </form>
    </main>
  );
}
