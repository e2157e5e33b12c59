import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouteContext } from '@tanstack/react-router';
import { Button } from '../../shared/ui/button.tsx';
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

/** The portal's frame: a skip link, the navigation, who is signed in for which client, and the page. */
export function Layout() {
  const { session } = useRouteContext({ from: '/app' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  async function leave() {
    await signOut().catch(() => undefined);
    queryClient.clear();
    await navigate({ to: '/sign-in' });
  }

  return (
    <div className="flex min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        Skip to content
      </a>
      <nav aria-label="Portal" className="w-56 shrink-0 border-r border-slate-200 bg-white p-4">
        <p className="mb-6 text-sm font-semibold text-slate-900">{session.user.client_name}</p>
        <ul className="space-y-1">
          {NAVIGATION.filter((item) => item.needs === null || can(session, item.needs)).map((item) => (
            <li key={item.to}>
              <Link
                to={item.to}
                activeOptions={{ exact: item.to === '/' }}
                className="block rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
                activeProps={{ className: 'bg-slate-200 font-medium text-slate-900', 'aria-current': 'page' }}
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center justify-end gap-3 border-b border-slate-200 bg-white px-6 py-2 text-sm">
          <span>
            Signed in as <strong>{session.user.email}</strong> ({session.user.role})
          </span>
          <Button variant="secondary" onClick={leave}>
            Sign out
          </Button>
        </header>
        <main id="main" className="flex-1 space-y-6 p-6">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
