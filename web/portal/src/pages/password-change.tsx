import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { csrfHeader, portalApi, unwrap } from '../../../shared/api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { TextField } from '../../../shared/ui/field.tsx';
import { ErrorNotice, Notice } from '../../../shared/ui/states.tsx';
import { NewPasswordFields, NO_PASSWORD, passwordsDiffer } from './new-password.tsx';

/** A new password after the current one; the person's other sessions end (this one stays). */
export function PasswordChange() {
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState(NO_PASSWORD);
  const [done, setDone] = useState(false);
  const mismatch = passwordsDiffer(next);
  const change = useMutation({
    mutationFn: () =>
      unwrap(
        portalApi.POST('/portal/v1/password', { params: { header: csrfHeader() }, body: { current_password: current, new_password: next.password } }),
      ),
    onSuccess: async () => {
      setCurrent('');
      setNext(NO_PASSWORD);
      setDone(true);
      await queryClient.invalidateQueries({ queryKey: ['sessions'] });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mismatch) return;
    setDone(false);
    change.mutate();
  }

  return (
    <form onSubmit={submit} aria-label="Change your password" className="max-w-sm space-y-3">
      {done && <Notice>Your password is changed. Your other sessions have ended; this one stays signed in.</Notice>}
      {change.isError && <ErrorNotice error={change.error} />}
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        value={current}
        onChange={(event) => setCurrent(event.target.value)}
      />
      <NewPasswordFields label="New password" repeatLabel="Repeat the new password" note="your other sessions end" value={next} onChange={setNext} />
      <Button type="submit" disabled={change.isPending || mismatch}>
        Change password
      </Button>
    </form>
  );
}
