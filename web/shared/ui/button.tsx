import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';

const VARIANTS = {
  primary: 'bg-blue-700 text-white hover:bg-blue-800 disabled:bg-blue-300',
  secondary: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 disabled:text-slate-400',
  danger: 'bg-red-700 text-white hover:bg-red-800 disabled:bg-red-300',
  ghost: 'text-slate-700 hover:bg-slate-200 disabled:text-slate-400',
} as const;

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: keyof typeof VARIANTS;
  ref?: Ref<HTMLButtonElement>;
}

/** A button with visible text (its accessible name). */
export function Button({ variant = 'primary', className = '', type = 'button', ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={`inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed ${VARIANTS[variant]} ${className}`}
      {...props}
    />
  );
}

/**
 * A table row's button that shows what belongs to its row under the table (`controls`: that
 * section's id), or hides it when it is the one shown: `shown` is the row shown, if any.
 */
export function ShowUnderTableButton<K>({
  row,
  shown,
  onShow,
  controls,
  children,
}: {
  row: K;
  shown: K | null;
  onShow: (row: K | null) => void;
  controls: string;
  children: ReactNode;
}) {
  const open = shown === row;
  return (
    <Button variant="secondary" aria-expanded={open} aria-controls={open ? controls : undefined} onClick={() => onShow(open ? null : row)}>
      {children}
    </Button>
  );
}
