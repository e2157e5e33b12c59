import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

const CONTROL = 'block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm aria-[invalid=true]:border-red-600';

interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}

/** A labelled form control, with its hint and error read out by screen readers. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children({ id, 'aria-describedby': described, 'aria-invalid': error ? true : undefined })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

type Labelled = { label: string; hint?: string; error?: string };

export function TextField({ label, hint, error, ...props }: Labelled & InputHTMLAttributes<HTMLInputElement>) {
  return <Field {...{ label, hint, error }}>{(control) => <input className={CONTROL} {...control} {...props} />}</Field>;
}

export function TextAreaField({ label, hint, error, ...props }: Labelled & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <Field {...{ label, hint, error }}>{(control) => <textarea className={`${CONTROL} font-mono`} {...control} {...props} />}</Field>;
}

export function SelectField({
  label,
  hint,
  error,
  options,
  ...props
}: Labelled & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  return (
    <Field {...{ label, hint, error }}>
      {(control) => (
        // As tall as a text field (a select draws 2 px shorter), so fields side by side line up.
        <select className={`${CONTROL} min-h-[2.125rem]`} {...control} {...props}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * Checkboxes of one question: a fieldset named by its legend, each box labelled, the hint and
 * the error read out with the group. `value` holds the checked values.
 */
export function CheckboxGroup({
  legend,
  hint,
  error,
  options,
  value,
  onChange,
}: {
  legend: string;
  hint?: string;
  error?: string;
  options: { value: string; label: ReactNode; disabled?: boolean }[];
  value: readonly string[];
  onChange: (value: string[]) => void;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="space-y-1" aria-describedby={described}>
      <legend className="text-sm font-medium text-slate-700">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      <div className="space-y-1">
        {options.map((option) => (
          <label key={option.value} className={`flex items-baseline gap-2 text-sm ${option.disabled ? 'text-slate-500' : ''}`}>
            <input
              type="checkbox"
              checked={value.includes(option.value)}
              disabled={option.disabled}
              onChange={(event) => onChange(event.target.checked ? [...value, option.value] : value.filter((checked) => checked !== option.value))}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="text-xs text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
