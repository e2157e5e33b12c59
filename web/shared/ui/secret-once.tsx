import { Fragment, useId, type ReactNode } from 'react';
import { Button } from './button.tsx';
import { CopyButton } from './copy-button.tsx';

interface SecretOnceProps {
  /** Names the block as a region of the page; without it, what holds it (a dialog) names it. */
  title?: string;
  /** What was made, and that its secret is not shown again. */
  message: ReactNode;
  /** What goes with the secret, shown before it (a username). */
  details?: { name: string; value: string }[];
  /** What the secret is ("Secret", "Password"): it labels the secret. */
  name: string;
  secret: string;
  copyLabel: string;
  /** The button that puts the secret away. */
  doneLabel: string;
  onDone: () => void;
}

/** A secret the store shows once, when it is made: what it is, the secret with a copy button, and the button that puts it away. */
export function SecretOnce({ title, message, details = [], name, secret, copyLabel, doneLabel, onDone }: SecretOnceProps) {
  const id = useId();
  return (
    <div
      role={title ? 'region' : undefined}
      aria-label={title}
      className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <p role="status" className="font-medium">
        {message}
      </p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        {details.map((detail) => (
          <Fragment key={detail.name}>
            <dt>{detail.name}</dt>
            <dd>
              <code className="break-all">{detail.value}</code>
            </dd>
          </Fragment>
        ))}
        <dt id={id}>{name}</dt>
        <dd aria-labelledby={id}>
          <code className="break-all">{secret}</code>
        </dd>
      </dl>
      <div className="flex flex-wrap gap-2">
        <CopyButton value={secret} label={copyLabel} />
        <Button variant="secondary" onClick={onDone}>
          {doneLabel}
        </Button>
      </div>
    </div>
  );
}
