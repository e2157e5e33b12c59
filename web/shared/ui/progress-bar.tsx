import { useId } from 'react';

/** A long operation's progress: a labelled bar that screen readers read as a number of a total. */
export function ProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  const id = useId();
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <div className="space-y-1">
      <div className="flex justify-between text-sm">
        <span id={id}>{label}</span>
        <span>
          {done.toLocaleString('en-US')} of {total.toLocaleString('en-US')}
        </span>
      </div>
      <div
        role="progressbar"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        className="h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full bg-blue-700 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
