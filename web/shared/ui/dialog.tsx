import { Dialog as Radix } from 'radix-ui';
import { useRef, type ReactNode } from 'react';
import { Button } from './button.tsx';

interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
}

/**
 * A modal dialog: focus kept inside, Escape closes, its title names it. Closed, it gives focus back
 * to what had it when it opened (the button that opened it), as the WAI-ARIA dialog pattern asks.
 */
export function Dialog({ open, onOpenChange, title, description, children }: DialogProps) {
  const opener = useRef<Element | null>(null);
  return (
    <Radix.Root open={open} onOpenChange={onOpenChange}>
      <Radix.Portal>
        <Radix.Overlay className="fixed inset-0 bg-slate-900/40" />
        <Radix.Content
          onOpenAutoFocus={() => {
            opener.current = document.activeElement;
          }}
          onCloseAutoFocus={(event) => {
            // Opened by its `open` prop, not a Radix trigger, Radix would leave focus on the page's body.
            const back = opener.current;
            if (back instanceof HTMLElement && back.isConnected) {
              event.preventDefault();
              back.focus();
            }
          }}
          className="fixed top-1/2 left-1/2 w-[min(32rem,92vw)] -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg bg-white p-6 shadow-xl"
        >
          <Radix.Title className="text-lg font-semibold">{title}</Radix.Title>
          {description ? <Radix.Description className="text-sm text-slate-600">{description}</Radix.Description> : <Radix.Description />}
          {children}
        </Radix.Content>
      </Radix.Portal>
    </Radix.Root>
  );
}

interface ConfirmProps extends Omit<DialogProps, 'children'> {
  confirmText: string;
  /** The button that closes it and changes nothing: "Cancel" unless that would be read as the change itself. */
  dismissText?: string;
  onConfirm: () => void;
  busy?: boolean;
  danger?: boolean;
  children?: ReactNode;
}

/** Asks before a change that moves money or cannot be undone. */
export function ConfirmDialog({ confirmText, dismissText = 'Cancel', onConfirm, busy, danger, children, ...dialog }: ConfirmProps) {
  return (
    <Dialog {...dialog}>
      {children}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={() => dialog.onOpenChange(false)}>
          {dismissText}
        </Button>
        <Button variant={danger ? 'danger' : 'primary'} onClick={onConfirm} disabled={busy}>
          {confirmText}
        </Button>
      </div>
    </Dialog>
  );
}
