import { TextField } from '../../../shared/ui/field.tsx';

/** The shortest password the store takes (12 to 256 characters, docs/portal.md). */
export const MIN_PASSWORD = 12;

export interface NewPassword {
  password: string;
  repeat: string;
}

export const NO_PASSWORD: NewPassword = { password: '', repeat: '' };

/** The repeat is typed and is not the password: the form is not sent. */
export const passwordsDiffer = ({ password, repeat }: NewPassword) => repeat !== '' && repeat !== password;

/** A new password and its repeat: the shortest length in the hint (with `note` after it), a repeat that differs said on it. */
export function NewPasswordFields({
  label,
  repeatLabel,
  note,
  value,
  onChange,
}: {
  label: string;
  repeatLabel: string;
  note?: string;
  value: NewPassword;
  onChange: (value: NewPassword) => void;
}) {
  return (
    <>
      <TextField
        label={label}
        hint={`At least ${MIN_PASSWORD} characters${note ? `; ${note}` : ''}`}
        type="password"
        autoComplete="new-password"
        minLength={MIN_PASSWORD}
        required
        value={value.password}
        onChange={(event) => onChange({ ...value, password: event.target.value })}
      />
      <TextField
        label={repeatLabel}
        type="password"
        autoComplete="new-password"
        required
        value={value.repeat}
        error={passwordsDiffer(value) ? 'The two passwords differ' : undefined}
        onChange={(event) => onChange({ ...value, repeat: event.target.value })}
      />
    </>
  );
}
