import { ConfirmDialog } from './dialog.tsx';

/** Asks before an API credential is revoked: open while `credential` is set; closing it calls `onCancel`. */
export function RevokeCredentialDialog<T extends { name: string }>({
  credential,
  busy,
  onCancel,
  onConfirm,
}: {
  credential: T | null;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (credential: T) => void;
}) {
  return (
    <ConfirmDialog
      open={credential !== null}
      onOpenChange={(open) => !open && onCancel()}
      title={`Revoke the credential “${credential?.name ?? ''}”?`}
      description="Logins with it are refused from now on, and every token it issued stops working at once. This cannot be undone."
      confirmText="Revoke credential"
      danger
      busy={busy}
      onConfirm={() => credential && onConfirm(credential)}
    />
  );
}
