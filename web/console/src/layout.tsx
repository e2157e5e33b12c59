import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouteContext } from '@tanstack/react-router';
import { Button } from '../../shared/ui/button.tsx';
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

/** The console's frame: a skip link, the navigation, who is signed in, and the page. */
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
      <nav aria-label="Console" className="w-56 shrink-0 border-r border-slate-200 bg-white p-4">
        <p className="mb-6 text-sm font-semibold text-slate-900">Popup Reward Store</p>
        <ul className="space-y-1">
          {NAVIGATION.map((item) => (
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
            Signed in as <strong>{session.operator.username}</strong>
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

export function PageHeader({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children && <div className="flex gap-2">{children}</div>}
    </div>
  );
}
