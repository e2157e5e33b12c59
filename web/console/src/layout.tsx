import { useRouteContext } from '@tanstack/react-router';
import { AppFrame } from '../../shared/app-frame.tsx';
import { signOut } from './session.ts';

const NAVIGATION = [
  { to: '/', label: 'Overview' },
  { to: '/clients', label: 'Clients' },
  { to: '/orders', label: 'Orders' },
  { to: '/catalog', label: 'Catalog' },
  { to: '/inventory', label: 'Inventory' },
  { to: '/fx', label: 'FX rates' },
  { to: '/webhooks', label: 'Webhooks' },
  { to: '/operators', label: 'Operators' },
  { to: '/audit', label: 'Audit log' },
  { to: '/reconcile', label: 'Reconcile' },
  { to: '/account/security', label: 'Two-factor authentication' },
  { to: '/account/sessions', label: 'Your sessions' },
] as const;

/** The console's frame: every page, and which operator is signed in. */
export function Layout() {
  const { session } = useRouteContext({ from: '/app' });
  return (
    <AppFrame
      name="Console"
      heading="Popup Reward Store"
      pages={NAVIGATION}
      signedIn={
        <>
          Signed in as <strong>{session.operator.username}</strong>
        </>
      }
      signOut={signOut}
    />
  );
}

export function PageHeader({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children && <div className="flex gap-2">{children}</div>}
    </div>
  );
}
