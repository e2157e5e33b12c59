import {
  Children,
  createContext,
  useContext,
  useId,
  type CSSProperties,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

const CONTROL = 'block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm aria-[invalid=true]:border-red-600';

interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}

/** The ids of a control's hint and error, for its aria-describedby (read out with it). */
const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

function Hint({ id, text }: { id: string; text: string }) {
  return (
    <p id={`${id}-hint`} className="text-xs text-slate-500">
      {text}
    </p>
  );
}

function ErrorText({ id, text }: { id: string; text: string }) {
  return (
    <p id={`${id}-error`} className="text-xs text-red-700">
      {text}
    </p>
  );
}

/** The classes of a field's own box: stacked, or in a FieldRow (its label, control and notes in the row's three lines). */
const InRow = createContext<string>('space-y-1');

/** A labelled form control, with its hint and error read out by screen readers. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const box = useContext(InRow);
  const described = describedBy(id, hint, error);
  return (
    <div className={box}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children({ id, 'aria-describedby': described, 'aria-invalid': error ? true : undefined })}
      {(hint || error) && (
        <div className="space-y-1">
          {hint && <Hint id={id} text={hint} />}
          {error && <ErrorText id={id} text={error} />}
        </div>
      )}
    </div>
  );
}

/*
 * Where a FieldRow is wide enough (a container query: the row's own width, not the screen's), it
 * is a grid of one column per field and one for its buttons, in three lines: the labels, the
 * controls, the hints and errors. Each field spans the three lines (subgrid), so a hint or an
 * error under one field, or a label on two lines, never moves its neighbours' controls, and the
 * buttons stand on the controls' line. Narrower, the fields and then the buttons stack.
 * Two layouts, as Tailwind finds its classes only as whole strings: up to two fields side by side
 * from 28rem, three or more from 36rem.
 */
const ROW_LAYOUTS = {
  few: {
    grid: 'grid gap-x-2 gap-y-3 @md:grid-cols-[repeat(var(--fields),minmax(0,1fr))_auto] @md:gap-y-1',
    field: 'space-y-1 @md:row-span-3 @md:grid @md:grid-rows-subgrid @md:space-y-0',
    actions: 'flex flex-wrap items-center gap-2 whitespace-nowrap @md:[grid-area:2/-2/3/-1]',
  },
  many: {
    grid: 'grid gap-x-2 gap-y-3 @xl:grid-cols-[repeat(var(--fields),minmax(0,1fr))_auto] @xl:gap-y-1',
    field: 'space-y-1 @xl:row-span-3 @xl:grid @xl:grid-rows-subgrid @xl:space-y-0',
    actions: 'flex flex-wrap items-center gap-2 whitespace-nowrap @xl:[grid-area:2/-2/3/-1]',
  },
} as const;

/** Fields side by side and the buttons that act on them (a form's one line): see ROW_LAYOUTS. */
export function FieldRow({ children, actions }: { children: ReactNode; actions: ReactNode }) {
  const fields = Children.toArray(children).length;
  const layout = ROW_LAYOUTS[fields > 2 ? 'many' : 'few'];
  return (
    <div className="@container">
      <div className={layout.grid} style={{ '--fields': fields } as CSSProperties}>
        <InRow.Provider value={layout.field}>{children}</InRow.Provider>
        <div className={layout.actions}>{actions}</div>
      </div>
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
  return (
    <fieldset className="space-y-1" aria-describedby={describedBy(id, hint, error)}>
      <legend className="text-sm font-medium text-slate-700">{legend}</legend>
      {hint && <Hint id={id} text={hint} />}
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
      {error && <ErrorText id={id} text={error} />}
    </fieldset>
  );
}
