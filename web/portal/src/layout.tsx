import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouteContext } from '@tanstack/react-router';
import { useState } from 'react';
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

/** The portal's frame: a skip link, the navigation (a menu on a phone), who is signed in for which client, and the page. */
export function Layout() {
  const { session } = useRouteContext({ from: '/app' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [menuOpen, setMenuOpen] = useState(false);

  async function leave() {
    await signOut().catch(() => undefined);
    queryClient.clear();
    await navigate({ to: '/sign-in' });
  }

  return (
    <div className="min-h-screen md:flex">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        Skip to content
      </a>
      <nav aria-label="Portal" className="border-b border-slate-200 bg-white px-4 py-3 md:w-56 md:shrink-0 md:border-r md:border-b-0 md:p-4">
        <div className="flex items-center justify-between gap-3 md:mb-6">
          <p className="text-sm font-semibold text-slate-900">{session.user.client_name}</p>
          {/* On a phone the pages are behind a menu button, so the page keeps the screen's width. */}
          <Button
            variant="secondary"
            className="md:hidden"
            aria-expanded={menuOpen}
            aria-controls="portal-pages"
            onClick={() => setMenuOpen(!menuOpen)}
          >
            Menu
          </Button>
        </div>
        <ul id="portal-pages" className={`${menuOpen ? 'mt-3 grid grid-cols-2 gap-1' : 'hidden'} md:mt-0 md:block md:space-y-1`}>
          {NAVIGATION.filter((item) => item.needs === null || can(session, item.needs)).map((item) => (
            <li key={item.to}>
              <Link
                to={item.to}
                activeOptions={{ exact: item.to === '/' }}
                onClick={() => setMenuOpen(false)}
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
        <header className="flex flex-wrap items-center justify-end gap-x-3 gap-y-1 border-b border-slate-200 bg-white px-4 py-2 text-sm md:px-6">
          <span className="min-w-0 break-words">
            Signed in as <strong>{session.user.email}</strong> ({session.user.role})
          </span>
          <Button variant="secondary" onClick={leave}>
            Sign out
          </Button>
        </header>
        <main id="main" className="min-w-0 flex-1 space-y-6 p-4 md:p-6">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
