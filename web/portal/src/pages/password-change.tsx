import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { csrfHeader, portalApi, unwrap } from '../../../shared/api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { TextField } from '../../../shared/ui/field.tsx';
import { ErrorNotice, Notice } from '../../../shared/ui/states.tsx';

const MIN_PASSWORD = 12;

/** A new password after the current one; the person's other sessions end (this one stays). */
export function PasswordChange() {
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const mismatch = repeat !== '' && repeat !== next;
  const change = useMutation({
    mutationFn: () =>
      unwrap(portalApi.POST('/portal/v1/password', { params: { header: csrfHeader() }, body: { current_password: current, new_password: next } })),
    onSuccess: async () => {
      setCurrent('');
      setNext('');
      setRepeat('');
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
      <TextField
        label="New password"
        hint={`At least ${MIN_PASSWORD} characters; your other sessions end`}
        type="password"
        autoComplete="new-password"
        minLength={MIN_PASSWORD}
        required
        value={next}
        onChange={(event) => setNext(event.target.value)}
      />
      <TextField
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        required
        value={repeat}
        error={mismatch ? 'The two passwords differ' : undefined}
        onChange={(event) => setRepeat(event.target.value)}
      />
      <Button type="submit" disabled={change.isPending || mismatch}>
        Change password
      </Button>
    </form>
  );
}
