import { useRouteContext } from '@tanstack/react-router';
import { AppFrame } from '../../shared/app-frame.tsx';
import { can, signOut } from './session.ts';

/** The pages, each shown to the roles whose permissions it needs (docs/portal.md). */
const NAVIGATION = [
  { to: '/', label: 'Home', needs: null },
  { to: '/statements', label: 'Wallets and statements', needs: 'transactions.read' },
  { to: '/orders', label: 'Orders', needs: 'orders.read' },
  { to: '/catalog', label: 'Catalog', needs: 'catalog.read' },
  { to: '/webhooks', label: 'Webhooks', needs: 'events.read' },
  { to: '/events', label: 'Events', needs: 'events.read' },
  { to: '/team', label: 'Team', needs: 'team.read' },
  { to: '/developers', label: 'Developers', needs: 'credentials.read' },
  { to: '/activity', label: 'Activity', needs: 'audit.read' },
  { to: '/security', label: 'Security', needs: null },
] as const;

/** The portal's frame: the pages this person's role may see, who is signed in for which client. */
export function Layout() {
  const { session } = useRouteContext({ from: '/app' });
  return (
    <AppFrame
      name="Portal"
      heading={session.user.client_name}
      pages={NAVIGATION.filter((item) => item.needs === null || can(session, item.needs))}
      signedIn={
        <>
          Signed in as <strong>{session.user.email}</strong> ({session.user.role})
        </>
      }
      signOut={signOut}
    />
  );
}
